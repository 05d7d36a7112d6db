using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FluentAssertions;
using KnowledgeGraph.Traversal;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    /// <summary>
    /// Hop distances by the direction-optimising search (<see cref="LevelSearch"/>): whichever way each level is searched
    /// (top-down, bottom-up, switching every level) and on one thread or several, the distances are those of a plain
    /// breadth-first search over the relations, written here, for plain, typed and undirected readings of graphs with
    /// hubs, self-loops, parallel relations, undirected types and entities nothing leads to.
    /// </summary>
    [NonParallelizable]
    public class LevelSearchTests
    {
        private static readonly string[] Types = { "OWNS", "SUPPLIES", "DEPENDS_ON", "TRADES_WITH" };

        /// <summary>(alpha, beta, parallel from): the default rule; never bottom-up; bottom-up from the second level on and never back; turning at every level; each on threads.</summary>
        private static readonly (int Alpha, int Beta, int ParallelFrom)[] Rules =
        {
            (14, 24, 1 << 18),
            (0, 24, 1 << 18),
            (1 << 20, 1 << 20, 1 << 18),
            (1 << 20, 1, 1 << 18),
            (14, 24, 1),
            (1 << 20, 1 << 20, 1),
            (1 << 20, 1, 1),
        };

        /// <summary>A graph grown by preferential attachment (hubs), each relation of a random type and direction, a tenth of the entities left without relations.</summary>
        private static Graph HubGraph(int seed, int n, int perEntity, bool directedOnly)
        {
            var rnd = new Random(seed);
            var b = new GraphBuilder(Vocabulary.Default);
            for (int i = 0; i < n; i++)
            {
                b.AddEntity(Id(i), "Company", Id(i));
            }

            var pool = new List<int>();
            int linked = n - (n / 10), r = 0;
            for (int i = 1; i < linked; i++)
            {
                for (int k = 0; k < perEntity; k++)
                {
                    int j = pool.Count > 0 && rnd.Next(10) < 7 ? pool[rnd.Next(pool.Count)] : rnd.Next(i);
                    j = rnd.Next(40) == 0 ? i : j;
                    string type = Types[rnd.Next(directedOnly ? 3 : Types.Length)];
                    (int s, int t) = rnd.Next(2) == 0 ? (i, j) : (j, i);
                    b.AddRelation("r" + (r++).ToString(CultureInfo.InvariantCulture), type, Id(s), Id(t));
                    pool.Add(j);
                }

                pool.Add(i);
            }

            return b.Build();
        }

        private static string Id(int i) => "e" + i.ToString(CultureInfo.InvariantCulture);

        /// <summary>Hop distances by a plain breadth-first search over the relations (those <paramref name="walk"/> accepts), each walked the way <paramref name="dirs"/> says for its type.</summary>
        private static int[] Reference(Graph g, byte[] dirs, int s, Func<Relation, bool>? walk = null)
        {
            var next = new List<int>[g.VertexCount];
            for (int v = 0; v < next.Length; v++)
            {
                next[v] = new List<int>();
            }

            int[] typeIds = g.Index.RelationTypeIds;
            for (int i = 0; i < g.EdgeCount; i++)
            {
                Relation r = g.RelationAt(i);
                if (walk != null && !walk(r))
                {
                    continue;
                }

                if ((dirs[typeIds[i]] & Directions.Outgoing) != 0)
                {
                    next[r.Source.Index].Add(r.Target.Index);
                }

                if ((dirs[typeIds[i]] & Directions.Incoming) != 0)
                {
                    next[r.Target.Index].Add(r.Source.Index);
                }
            }

            int[] dist = Enumerable.Repeat(-1, g.VertexCount).ToArray();
            var queue = new Queue<int>();
            dist[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                int u = queue.Dequeue();
                foreach (int w in next[u])
                {
                    if (dist[w] < 0)
                    {
                        dist[w] = dist[u] + 1;
                        queue.Enqueue(w);
                    }
                }
            }

            return dist;
        }

        private static IEnumerable<(string Name, byte[] Dirs)> Readings(Graph g)
        {
            yield return ("along", Directions.Of(g.Index, null));
            yield return ("typed", Directions.Of(g.Index, t => t.Name != "SUPPLIES"));
            yield return ("undirected", Directions.Of(g.Index, null, undirected: true));
            yield return ("dependency", Directions.Of(g.Index, t => t.Dependency != DependencyDirection.None, dependencyReading: true));
            byte[] against = Directions.Of(g.Index, null);
            for (int i = 0; i < against.Length; i++)
            {
                against[i] = against[i] == Directions.Outgoing ? Directions.Incoming : against[i];
            }

            yield return ("against", against);
        }

        [Test]
        public void Distances_AreThoseOfAPlainBreadthFirstSearch_HoweverEachLevelIsSearched()
        {
            int alpha = LevelSearch.BottomUpAlpha, beta = LevelSearch.TopDownBeta, parallel = LevelSearch.ParallelFrom;
            try
            {
                for (int seed = 0; seed < 10; seed++)
                {
                    int n = 20 + (seed * 97);
                    Graph g = HubGraph(seed, n, 1 + (seed % 4), directedOnly: seed % 2 == 0);
                    var rnd = new Random(seed);
                    foreach ((string name, byte[] dirs) in Readings(g))
                    {
                        var view = new GraphView(g, dirs);
                        view.IsPlain.Should().BeTrue();
                        for (int q = 0; q < 4; q++)
                        {
                            // The first entity is the oldest, and the biggest hub; the others are random, some of them isolated.
                            int s = q == 0 ? 0 : rnd.Next(n);
                            int[] expected = Reference(g, dirs, s);
                            foreach ((int a, int b, int p) in Rules)
                            {
                                LevelSearch.BottomUpAlpha = a;
                                LevelSearch.TopDownBeta = b;
                                LevelSearch.ParallelFrom = p;
                                BreadthFirst.Distances(view, new Workspace(n), s, CancellationToken.None)
                                    .Should().Equal(expected, $"seed {seed}, {name}, from {g.Entities[s].Id}, alpha {a}, beta {b}, parallel from {p}");
                            }
                        }
                    }
                }
            }
            finally
            {
                LevelSearch.BottomUpAlpha = alpha;
                LevelSearch.TopDownBeta = beta;
                LevelSearch.ParallelFrom = parallel;
            }
        }

        [Test]
        public void Distances_OnAViewThatFiltersRelations_AreThoseOfThePlainSearchOverWhatItWalks()
        {
            // A view with a relation test is searched top-down only, each step put to the test, under every rule.
            int alpha = LevelSearch.BottomUpAlpha;
            try
            {
                for (int seed = 0; seed < 6; seed++)
                {
                    Graph g = HubGraph(seed, 300 + (seed * 50), 2 + (seed % 3), directedOnly: seed % 2 == 0);
                    Func<Relation, bool> walk = r => r.Id.Length % 3 != 0;
                    var view = new GraphView(g, Directions.Of(g.Index, null), relations: walk);
                    view.IsPlain.Should().BeFalse();
                    foreach (int a in new[] { 14, 1 << 20 })
                    {
                        LevelSearch.BottomUpAlpha = a;
                        for (int s = 0; s < g.VertexCount; s += 41)
                        {
                            BreadthFirst.Distances(view, new Workspace(g.VertexCount), s, CancellationToken.None)
                                .Should().Equal(Reference(g, view.TypeDirections, s, walk), $"seed {seed}, from {g.Entities[s].Id}, alpha {a}");
                        }
                    }
                }
            }
            finally
            {
                LevelSearch.BottomUpAlpha = alpha;
            }
        }

        [Test]
        public void Distances_OneWorkspace_ServesSearchesOneAfterAnother()
        {
            Graph g = HubGraph(7, 500, 3, directedOnly: false);
            var view = new GraphView(g, Directions.Of(g.Index, null));
            var ws = new Workspace(g.VertexCount);
            int bottomUp = LevelSearch.BottomUpAlpha;
            try
            {
                LevelSearch.BottomUpAlpha = 1 << 20;
                for (int s = 0; s < g.VertexCount; s += 37)
                {
                    BreadthFirst.Distances(view, ws, s, CancellationToken.None).Should().Equal(Reference(g, view.TypeDirections, s), $"from {g.Entities[s].Id}");
                }
            }
            finally
            {
                LevelSearch.BottomUpAlpha = bottomUp;
            }
        }

        [Test]
        public void Distances_Cancelled_Throw()
        {
            Graph g = HubGraph(3, 200, 2, directedOnly: true);
            var view = new GraphView(g, Directions.Of(g.Index, null));
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            Action search = () => BreadthFirst.Distances(view, new Workspace(g.VertexCount), 0, cts.Token);
            search.Should().Throw<OperationCanceledException>();
        }
    }
}
