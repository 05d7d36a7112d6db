using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Display
{
    /// <summary>
    /// A deterministic force-directed layout (Fruchterman and Reingold, "Graph drawing by force-directed placement",
    /// Software: Practice and Experience 21(11), 1991) with a weak pull to the centre so that separate components stay
    /// in view. It starts from a circle in node order and uses no randomness: the same graph gives the same picture.
    /// </summary>
    internal static class ForceLayout
    {
        /// <summary>Places <paramref name="nodeCount"/> nodes connected by <paramref name="edges"/> in the unit square [0, 1]².</summary>
        /// <param name="nodeCount">The number of nodes.</param>
        /// <param name="edges">The edges as pairs of node positions (parallel edges and self-loops allowed).</param>
        /// <param name="iterations">How many rounds of forces to apply.</param>
        /// <returns>The x and y of each node, each between 0 and 1.</returns>
        /// <remarks>O(iterations · (n² + m)); meant for pictures of at most a few hundred nodes.</remarks>
        public static (double X, double Y)[] Layout(int nodeCount, IReadOnlyList<(int Source, int Target)> edges, int iterations = 300)
        {
            var x = new double[nodeCount];
            var y = new double[nodeCount];
            if (nodeCount == 0)
            {
                return Array.Empty<(double, double)>();
            }

            for (int i = 0; i < nodeCount; i++)
            {
                double angle = 2 * Math.PI * i / nodeCount;
                x[i] = 0.5 + (0.4 * Math.Cos(angle));
                y[i] = 0.5 + (0.4 * Math.Sin(angle));
            }

            double k = Math.Sqrt(1.0 / nodeCount);
            var dx = new double[nodeCount];
            var dy = new double[nodeCount];
            double temperature = 0.1;
            double cooling = temperature / (iterations + 1);
            for (int round = 0; round < iterations; round++)
            {
                Array.Clear(dx, 0, nodeCount);
                Array.Clear(dy, 0, nodeCount);
                for (int i = 0; i < nodeCount; i++)
                {
                    for (int j = i + 1; j < nodeCount; j++)
                    {
                        double ddx = x[i] - x[j];
                        double ddy = y[i] - y[j];
                        double dist2 = (ddx * ddx) + (ddy * ddy);
                        if (dist2 < 1e-12)
                        {
                            // Coincident nodes: push apart along a direction fixed by their positions in the list.
                            ddx = 1e-3 * (1 + (i % 7));
                            ddy = 1e-3 * (1 + (j % 5));
                            dist2 = (ddx * ddx) + (ddy * ddy);
                        }

                        double force = k * k / dist2;
                        dx[i] += ddx * force;
                        dy[i] += ddy * force;
                        dx[j] -= ddx * force;
                        dy[j] -= ddy * force;
                    }
                }

                foreach ((int s, int t) in edges)
                {
                    if (s == t)
                    {
                        continue;
                    }

                    double ddx = x[s] - x[t];
                    double ddy = y[s] - y[t];
                    double dist = Math.Sqrt((ddx * ddx) + (ddy * ddy));
                    double force = dist / k;
                    dx[s] -= ddx * force;
                    dy[s] -= ddy * force;
                    dx[t] += ddx * force;
                    dy[t] += ddy * force;
                }

                for (int i = 0; i < nodeCount; i++)
                {
                    // A weak pull to the centre keeps separate components on the page.
                    dx[i] -= (x[i] - 0.5) * 0.1 * k;
                    dy[i] -= (y[i] - 0.5) * 0.1 * k;
                    double length = Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                    if (length > 0)
                    {
                        double step = Math.Min(length, temperature);
                        x[i] += dx[i] / length * step;
                        y[i] += dy[i] / length * step;
                    }
                }

                temperature -= cooling;
            }

            // Scale into the unit square, keeping the aspect ratio of the layout within each axis.
            double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
            for (int i = 0; i < nodeCount; i++)
            {
                minX = Math.Min(minX, x[i]);
                maxX = Math.Max(maxX, x[i]);
                minY = Math.Min(minY, y[i]);
                maxY = Math.Max(maxY, y[i]);
            }

            double spanX = maxX - minX, spanY = maxY - minY;
            var result = new (double X, double Y)[nodeCount];
            for (int i = 0; i < nodeCount; i++)
            {
                result[i] = (spanX < 1e-9 ? 0.5 : (x[i] - minX) / spanX, spanY < 1e-9 ? 0.5 : (y[i] - minY) / spanY);
            }

            return result;
        }
    }
}
