using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;

namespace KnowledgeGraph.Analysis.Exposure
{
    /// <summary>
    /// Ownership or control by an exposed owner that ended before the date of the exposure: reported with its dates and
    /// the owner's sanction, never counted as owned or controlled.
    /// </summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class FormerExposure : IHtmlRenderable
    {
        internal FormerExposure(Entity entity, Entity owner, Relation relation, Relation sanction, GraphPath path, TimeStatus whileSanctioned)
        {
            Entity = entity;
            Owner = owner;
            Relation = relation;
            Sanction = sanction;
            Path = path;
            WhileSanctioned = whileSanctioned;
        }

        /// <summary>Gets the entity that was owned or controlled.</summary>
        public Entity Entity { get; }

        /// <summary>Gets the exposed owner.</summary>
        public Entity Owner { get; }

        /// <summary>Gets the ownership or control relation that ended (its <see cref="Relation.Validity"/> has the dates).</summary>
        public Relation Relation { get; }

        /// <summary>Gets the first step of the owner's exposure: the sanction's TARGETS relation, with its dates.</summary>
        public Relation Sanction { get; }

        /// <summary>Gets the path: from the sanction to the owner as it holds at the date, then the ended relation.</summary>
        public GraphPath Path { get; }

        /// <summary>
        /// Gets whether the ownership or control held while the owner was exposed: <see cref="TimeStatus.DoesNotHold"/>
        /// when it ended before the owner's sanction (and the rest of the owner's path) began, <see cref="TimeStatus.Holds"/>
        /// when it certainly held at some time with it, <see cref="TimeStatus.MayHold"/> when the dates do not tell.
        /// </summary>
        public TimeStatus WhileSanctioned { get; }

        /// <summary>Gets a short description: <c>formerly owned or controlled by X (OWNS 2002-12-31 – 2012-06-30), ended before the sanction began (TARGETS since 2022-06-03)</c>.</summary>
        public string Description =>
            $"formerly owned or controlled by {Owner.Name} ({Relation.Type.Name} {Relation.Validity}), "
            + WhileSanctioned switch
            {
                TimeStatus.DoesNotHold => "ended before the sanction began",
                TimeStatus.Holds => "ended after the sanction began",
                _ => "may have ended before the sanction began",
            }
            + $" ({Sanction.Type.Name} {Sanction.Validity})";

        /// <summary>Renders the record as text: a heading, then the path with dates and citations.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(Entity.Name).Append(" (").Append(Entity.Id).Append("): ").Append(Description).Append('\n');
            foreach (string line in Path.Explain().Split('\n'))
            {
                if (line.Length > 0)
                {
                    sb.Append("  ").Append(line).Append('\n');
                }
            }

            return sb.ToString();
        }

        /// <inheritdoc />
        public string ToHtml() =>
            "<div class=\"kg-exposure kg-former\"><p><b>" + HtmlTable.Escape($"{Entity.Name} ({Entity.Id}): {Description}") + "</b></p>" + HtmlBlocks.Path(Path) + "</div>";

        /// <inheritdoc />
        public override string ToString() => $"{Entity.Id}: {Description}";
    }
}
