using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Algorithms.Critical
{
    /// <summary>
    /// The single points of failure between two entities: the entities and relations that every dependency path from
    /// one to the other goes through, with the paths that break without each.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class SinglePointsOfFailureResult : IHtmlRenderable
    {
        internal SinglePointsOfFailureResult(Entity from, Entity to, bool connected, IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations, IReadOnlyList<GraphPath> paths, bool truncated)
        {
            From = from;
            To = to;
            IsConnected = connected;
            Entities = entities;
            Relations = relations;
            Paths = paths;
            Truncated = truncated;
        }

        /// <summary>Gets the entity whose paths are examined (the one that depends).</summary>
        public Entity From { get; }

        /// <summary>Gets the entity the paths lead to (the one depended on).</summary>
        public Entity To { get; }

        /// <summary>Gets whether any path leads from <see cref="From"/> to <see cref="To"/>.</summary>
        public bool IsConnected { get; }

        /// <summary>Gets the entities (other than the two ends) on every path: removing one breaks them all. In path order.</summary>
        public IReadOnlyList<Entity> Entities { get; }

        /// <summary>Gets the relations on every path: removing one breaks them all. In path order.</summary>
        public IReadOnlyList<Relation> Relations { get; }

        /// <summary>Gets the paths found, shortest first, within <see cref="CriticalOptions.MaxDepth"/> and <see cref="CriticalOptions.MaxPaths"/>.</summary>
        public IReadOnlyList<GraphPath> Paths { get; }

        /// <summary>Gets whether a bound cut the enumeration of <see cref="Paths"/> (the points of failure are exact regardless: they are found by reachability).</summary>
        public bool Truncated { get; }

        /// <summary>Gets the paths of <see cref="Paths"/> that go through an entity: those that break if it disappears.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>The paths through it.</returns>
        public IReadOnlyList<GraphPath> PathsThrough(Entity entity) => Paths.Where(p => p.Entities.Contains(entity)).ToArray();

        /// <summary>Gets the paths of <see cref="Paths"/> that use a relation.</summary>
        /// <param name="relation">The relation.</param>
        /// <returns>The paths that use it.</returns>
        public IReadOnlyList<GraphPath> PathsThrough(Relation relation) => Paths.Where(p => p.Relations.Contains(relation)).ToArray();

        /// <summary>Gets, for every entity on some path other than the ends, how many of the paths break without it, most first.</summary>
        /// <returns>The entities with the number of paths through them.</returns>
        public IReadOnlyList<KeyValuePair<Entity, int>> Exposure() => Paths
            .SelectMany(p => p.Entities.Skip(1).Take(p.Length - 1))
            .GroupBy(e => e)
            .Select(g => new KeyValuePair<Entity, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value)
            .ToArray();

        /// <summary>Renders the result as text: the points of failure, then the paths with their citations.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            if (!IsConnected)
            {
                sb.Append(From.Name).Append(" has no dependency path to ").Append(To.Name).Append(".\n");
                return sb.ToString();
            }

            if (Paths.Count == 0)
            {
                sb.Append(From.Name).Append(" → ").Append(To.Name).Append(": connected, but by no path short enough to list (bounded search; raise the depth).\n");
            }
            else
            {
                sb.Append(From.Name).Append(" → ").Append(To.Name).Append(": ").Append(Paths.Count).Append(Paths.Count == 1 ? " path" : " paths").Append(Truncated ? " shown (bounded search: longer or more paths exist)" : string.Empty).Append(".\n");
            }

            sb.Append("Single points of failure (every path breaks without them):\n");
            if (Entities.Count == 0 && Relations.Count == 0)
            {
                sb.Append("  none\n");
            }

            foreach (Entity e in Entities)
            {
                sb.Append("  entity   ").Append(e).Append('\n');
            }

            foreach (Relation r in Relations)
            {
                sb.Append("  relation ").Append(r.Id).Append(": ").Append(r).Append('\n');
            }

            sb.Append("Paths:\n");
            foreach (GraphPath p in Paths)
            {
                sb.Append(p.Explain());
            }

            return sb.ToString();
        }

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder();
            var rows = Entities.Select(e => (IReadOnlyList<string>)new[] { "entity", e.Name + " (" + e.Id + ")", Paths.Count.ToString(CultureInfo.InvariantCulture) })
                .Concat(Relations.Select(r => (IReadOnlyList<string>)new[] { "relation", r.Id + ": " + r.ToString(), Paths.Count.ToString(CultureInfo.InvariantCulture) }));
            HtmlTable.Append(sb, $"Single points of failure from {From.Name} to {To.Name}", new[] { "what", "which", "paths that break" }, rows, IsConnected ? null : "No dependency path.");
            sb.Append(HtmlBlocks.Paths(Paths, $"{Paths.Count} dependency {(Paths.Count == 1 ? "path" : "paths")} from {From.Name} to {To.Name}" + (Truncated ? " (bounded search: more may exist)" : string.Empty)));
            return sb.ToString();
        }

        /// <inheritdoc />
        public override string ToString() => $"{From.Id} → {To.Id}: {Paths.Count} paths; points of failure: " + string.Join(", ", Entities.Select(e => e.Id).Concat(Relations.Select(r => r.Id)));
    }
}
