using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Algorithms.Centrality
{
    /// <summary>A score per entity from a centrality measure (degree, betweenness, closeness, PageRank, eigenvector), with ranking.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class CentralityResult : IHtmlRenderable, ITabular
    {
        private readonly Graph _graph;
        private readonly double[] _scores;
        private Ranking? _ranking;

        /// <summary>Creates a result.</summary>
        /// <param name="graph">The graph the scores belong to.</param>
        /// <param name="measure">The name of the measure (<c>betweenness</c>).</param>
        /// <param name="scores">The score of each entity, indexed like <see cref="Graph.Entities"/>.</param>
        /// <exception cref="ArgumentException">The number of scores differs from the number of entities.</exception>
        public CentralityResult(Graph graph, string measure, IReadOnlyList<double> scores)
            : this(graph, measure, scores, null)
        {
        }

        /// <summary>Creates a result with a note on how it was computed.</summary>
        /// <param name="graph">The graph the scores belong to.</param>
        /// <param name="measure">The name of the measure (<c>betweenness</c>).</param>
        /// <param name="scores">The score of each entity, indexed like <see cref="Graph.Entities"/>.</param>
        /// <param name="note">Says when the scores are estimated or cut by a bound, or <c>null</c>.</param>
        /// <exception cref="ArgumentException">The number of scores differs from the number of entities.</exception>
        public CentralityResult(Graph graph, string measure, IReadOnlyList<double> scores, string? note)
        {
            Note = note;
            _graph = graph ?? throw new ArgumentNullException(nameof(graph));
            if (scores.Count != graph.VertexCount)
            {
                throw new ArgumentException($"{scores.Count} scores for {graph.VertexCount} entities.", nameof(scores));
            }

            Measure = measure;
            _scores = scores.ToArray();
        }

        /// <summary>Gets the name of the measure.</summary>
        public string Measure { get; }

        /// <summary>Gets a note on how the scores were computed when they are not exact (for example betweenness estimated from sampled sources past a bound), or <c>null</c>.</summary>
        public string? Note { get; }

        /// <summary>Gets the score of each entity, indexed like <see cref="Graph.Entities"/>.</summary>
        public IReadOnlyList<double> Scores => _scores;

        /// <summary>Gets the number of entities scored.</summary>
        public int Count => _scores.Length;

        /// <summary>Gets the score of an entity.</summary>
        /// <param name="entity">The entity (of this graph, or an entity with the same id).</param>
        /// <returns>The score.</returns>
        /// <exception cref="EntityNotFoundException">The entity is not in the graph.</exception>
        public double this[Entity entity]
        {
            get
            {
                int i = _graph.IndexOf(entity);
                return i >= 0 ? _scores[i] : throw new EntityNotFoundException(entity.Id);
            }
        }

        /// <summary>Gets the score of an entity by id.</summary>
        /// <param name="id">The id.</param>
        /// <returns>The score.</returns>
        /// <exception cref="EntityNotFoundException">No entity has that id.</exception>
        public double this[string id] => this[_graph.GetEntity(id)];

        /// <summary>Gets every entity with its score and rank, highest first; ties keep the order entities were added.</summary>
        public Ranking Ranking
        {
            get
            {
                if (_ranking == null)
                {
                    int[] order = Enumerable.Range(0, _scores.Length).OrderByDescending(i => _scores[i]).ThenBy(i => i).ToArray();
                    var ranking = new EntityScore[order.Length];
                    for (int k = 0; k < order.Length; k++)
                    {
                        ranking[k] = new EntityScore(_graph.EntityAt(order[k]), _scores[order[k]], k + 1);
                    }

                    _ranking = new Ranking(Measure, ranking, _scores.Length);
                }

                return _ranking;
            }
        }

        /// <summary>Gets the <paramref name="n"/> highest-scoring entities, highest first.</summary>
        /// <param name="n">How many.</param>
        /// <returns>At most <paramref name="n"/> entries.</returns>
        public Ranking Top(int n) => new Ranking(Measure, Ranking.Take(Math.Max(0, n)), _scores.Length);

        /// <summary>
        /// Ranks only the entities that pass <paramref name="include"/>, among themselves (1 = the highest of them); the
        /// scores are those computed on the whole graph. For example <c>Among(e => e.Kind.IsActor)</c> ranks the people,
        /// states, organizations and companies, not the sectors, documents and events around them.
        /// </summary>
        /// <param name="include">Which entities to rank.</param>
        /// <returns>The ranking of those entities, highest first; ties keep the order entities were added.</returns>
        public Ranking Among(Func<Entity, bool> include)
        {
            if (include == null)
            {
                throw new ArgumentNullException(nameof(include));
            }

            var kept = Ranking.Where(s => include(s.Entity)).ToArray();
            return new Ranking(Measure, kept.Select((s, k) => new EntityScore(s.Entity, s.Score, k + 1)), kept.Length);
        }

        /// <summary>Converts every entity's score to a table, highest first: <c>rank</c>, <c>entity_id</c>, <c>name</c>, <c>kind</c> and the measure (see <see cref="Centrality.Ranking.ToTable"/>).</summary>
        /// <returns>The table.</returns>
        public ResultTable ToTable() => Ranking.ToTable();

        /// <summary>Gets the scores as a dictionary keyed by entity id.</summary>
        /// <returns>The dictionary.</returns>
        public IReadOnlyDictionary<string, double> ToDictionary() => Enumerable.Range(0, _scores.Length).ToDictionary(i => _graph.EntityAt(i).Id, i => _scores[i], StringComparer.Ordinal);

        /// <inheritdoc />
        public string ToHtml() => ToHtml(20);

        /// <summary>Renders the top entities as an HTML table.</summary>
        /// <param name="top">How many rows.</param>
        /// <returns>The HTML fragment.</returns>
        public string ToHtml(int top) => HtmlTable.Render(
            $"{Measure} (top {Math.Min(top, Count)} of {Count})",
            new[] { "rank", "entity", "id", "kind", Measure },
            Top(top).Select(s => (IReadOnlyList<string>)new[] { s.Rank.ToString(CultureInfo.InvariantCulture), s.Entity.Name, s.Entity.Id, s.Entity.Kind.Name, s.Score.ToString("0.######", CultureInfo.InvariantCulture) }),
            Note);

        /// <inheritdoc />
        public override string ToString() => $"{Measure}: " + string.Join(", ", Top(5).Select(s => s.ToString())) + (Note != null ? " (" + Note + ")" : string.Empty);
    }
}
