using System.Collections.Generic;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries.Engine;

namespace KnowledgeGraph.Queries.Neighborhoods
{
    /// <summary>One page of the relations of an entity, in a stable order: its outgoing relations in the order they were added, then its incoming ones.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class RelationPage : IHtmlRenderable
    {
        internal RelationPage(Entity entity, int skip, int take, int total, IReadOnlyList<Relation> items, IReadOnlyList<Relation>? mayHold = null)
        {
            MayHold = mayHold ?? System.Array.Empty<Relation>();
            Entity = entity;
            Skip = skip;
            Take = take;
            Total = total;
            Items = items;
        }

        /// <summary>Gets the entity.</summary>
        public Entity Entity { get; }

        /// <summary>Gets how many relations were skipped.</summary>
        public int Skip { get; }

        /// <summary>Gets the page size asked for.</summary>
        public int Take { get; }

        /// <summary>Gets the number of relations of the entity that pass the filters, over all pages.</summary>
        public int Total { get; }

        /// <summary>Gets the relations of this page.</summary>
        public IReadOnlyList<Relation> Items { get; }

        /// <summary>Gets the relations of the entity that may hold at the date asked (dates unknown, bounded or approximate), not counted in <see cref="Total"/> and not paged: filled under <see cref="UndatedPolicy.Flag"/> with a date.</summary>
        public IReadOnlyList<Relation> MayHold { get; }

        /// <summary>Gets whether pages follow this one.</summary>
        public bool HasMore => Skip + Items.Count < Total;

        /// <inheritdoc />
        public string ToHtml()
        {
            var sb = new StringBuilder("<div class=\"kg-relations\">");
            sb.Element("p", ToString());
            sb.Append("<table>").Header("source", "relation", "target", "validity", "certainty", "time");
            foreach (Relation r in Items)
            {
                sb.Row(r.Source.ToString(), r.Type.Name, r.Target.ToString(), r.Validity.ToString(), Certainty.Describe(r), "holds");
            }

            foreach (Relation r in MayHold)
            {
                sb.Row(r.Source.ToString(), r.Type.Name, r.Target.ToString(), r.Validity.ToString(), Certainty.Describe(r), "may hold (not counted)");
            }

            return sb.Append("</table></div>").ToString();
        }

        /// <inheritdoc />
        public override string ToString() => Items.Count == 0
            ? $"Relations of {Entity.Id}: none of {Total} from {Skip + 1}."
            : $"Relations of {Entity.Id}: {Skip + 1} to {Skip + Items.Count} of {Total}.";
    }
}
