using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Markup;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Analysis.Exposure
{
    /// <summary>How one entity is exposed to sanctions: the kind of exposure, the sanctions, and the path that explains it, with its citations.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class ExposureRecord : IHtmlRenderable
    {
        internal ExposureRecord(Entity entity, ExposureKind kind, GraphPath path, int linkSteps, double? ownershipShare, IReadOnlyList<Entity> sanctions, IReadOnlyList<Entity> imposedBy, TimeStatus status = TimeStatus.Holds)
        {
            Status = status;
            Entity = entity;
            Kind = kind;
            Path = path;
            LinkSteps = linkSteps;
            OwnershipShare = ownershipShare;
            Sanctions = sanctions;
            ImposedBy = imposedBy;
        }

        /// <summary>Gets the exposed entity.</summary>
        public Entity Entity { get; }

        /// <summary>
        /// Gets whether the exposure holds at the date of the result (<see cref="TimeStatus.Holds"/>) or only may hold
        /// (<see cref="TimeStatus.MayHold"/>: a relation on its path is undated or only bounded; such records are
        /// counted only under <see cref="UndatedPolicy.Include"/>, otherwise listed in <see cref="ExposureResult.MayHold"/>).
        /// </summary>
        public TimeStatus Status { get; }

        /// <summary>Gets the strongest kind of exposure.</summary>
        public ExposureKind Kind { get; }

        /// <summary>Gets the path that explains the exposure: from the sanction, through TARGETS, then ownership or control, then links, to the entity.</summary>
        public GraphPath Path { get; }

        /// <summary>Gets the number of supply/dependency steps at the end of the path (0 unless <see cref="Kind"/> is <see cref="ExposureKind.Linked"/>).</summary>
        public int LinkSteps { get; }

        /// <summary>Gets the share held by exposed owners, for an entity owned through shares; <c>null</c> otherwise (control, or unknown share).</summary>
        public double? OwnershipShare { get; }

        /// <summary>Gets the sanctions whose exposure reaches the entity, in the order they were added.</summary>
        public IReadOnlyList<Entity> Sanctions { get; }

        /// <summary>Gets who imposes those sanctions.</summary>
        public IReadOnlyList<Entity> ImposedBy { get; }

        /// <summary>Gets a short description of the exposure: <c>targeted</c>, <c>owned or controlled (60%)</c>, <c>linked, 1 step from Russia</c> (counted from the targeted or owned entity, so the path, which starts at the sanction, is longer).</summary>
        public string Description => Kind switch
        {
            ExposureKind.Targeted => "targeted",
            ExposureKind.OwnedOrControlled => "owned or controlled" + (OwnershipShare != null ? $" ({(OwnershipShare.Value * 100).ToString("0.#", CultureInfo.InvariantCulture)}%)" : string.Empty),
            _ => "linked, " + LinkSteps.ToString(CultureInfo.InvariantCulture) + (LinkSteps == 1 ? " step" : " steps") + LinkedFrom(),
        };

        /// <summary>Names the exposed entity a link is counted from (the path's steps before it reach it from the sanction), so that "1 step" reads right above a path of 2.</summary>
        private string LinkedFrom()
        {
            var entities = Path.Entities.ToList();
            int from = entities.Count - 1 - LinkSteps;
            return from >= 0 && from < entities.Count - 1 ? " from " + entities[from].Name : string.Empty;
        }

        /// <summary>Renders the record as text: a heading, then the path with dates and citations.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public string Explain()
        {
            var sb = new StringBuilder();
            sb.Append(Entity.Name).Append(" (").Append(Entity.Id).Append("): ").Append(Description).Append(Status == TimeStatus.MayHold ? " (may hold)" : string.Empty);
            sb.Append("; sanctions: ").Append(string.Join(", ", Sanctions.Select(s => s.Name)));
            if (ImposedBy.Count > 0)
            {
                sb.Append(" (imposed by ").Append(string.Join(", ", ImposedBy.Select(s => s.Name))).Append(')');
            }

            sb.Append('\n');
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
            "<div class=\"kg-exposure\"><p><b>" + HtmlTable.Escape($"{Entity.Name} ({Entity.Id}): {Description}{(Status == TimeStatus.MayHold ? " (may hold)" : string.Empty)}") + "</b>; sanctions: " + HtmlTable.Escape(string.Join(", ", Sanctions.Select(s => s.Name)))
            + (ImposedBy.Count > 0 ? HtmlTable.Escape($" (imposed by {string.Join(", ", ImposedBy.Select(s => s.Name))})") : string.Empty) + "</p>"
            + HtmlBlocks.Path(Path) + "</div>";

        /// <inheritdoc />
        public override string ToString() => $"{Entity.Id}: {Description} ({Path})";
    }
}
