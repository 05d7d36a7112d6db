using System;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Analysis.Exposure
{
    /// <summary>
    /// The rule that decides who is exposed to sanctions, and how. Every field has a documented default; change any of
    /// them to ask a different question.
    /// </summary>
    /// <remarks>
    /// <para><b>Sanctions</b> are the entities of kind <see cref="SanctionKind"/> (Sanction). What a sanction
    /// <see cref="TargetsType"/> (TARGETS) is <see cref="ExposureKind.Targeted"/>; who <see cref="ImposesType"/>
    /// (IMPOSES) it is reported with it.</para>
    /// <para><b>Ownership and control</b> (the 50% rule of the EU's and OFAC's guidance, and OpenSanctions' control
    /// links): an entity is <see cref="ExposureKind.OwnedOrControlled"/> when exposed owners hold, together
    /// (<see cref="AggregateOwnership"/>), at least <see cref="OwnershipThreshold"/> of it through relations of a
    /// control type (<see cref="RelationType.IsControl"/>: OWNS, CONTROLS) with a <see cref="ShareProperty"/> ("share")
    /// property, or when an exposed entity controls it through a control relation with no share (CONTROLS; OWNS without
    /// a share when <see cref="UnknownShareCounts"/>). A share above 1 is read as a percentage (51 = 0.51). The rule
    /// applies along chains: what an owned entity owns is examined in turn.</para>
    /// <para><b>Links</b>: an entity is <see cref="ExposureKind.Linked"/> when it is within <see cref="MaxSteps"/>
    /// relations of <see cref="IsLink"/> (by default those that count as a dependency: SUPPLIES, DEPENDS_ON) of a
    /// targeted or owned entity: it supplies it, depends on it, or (with <see cref="LinkBothDirections"/>) either.</para>
    /// <para><b>Time</b>: with <see cref="AsOf"/>, only relations that hold at that date count (<see cref="Graph.AsOf"/>);
    /// a sanction whose TARGETS relation has ended no longer exposes anyone.</para>
    /// </remarks>
    public sealed class ExposureRule
    {
        /// <summary>Gets or sets the date at which exposure is computed; <c>null</c> (the default) counts every relation in the graph.</summary>
        public PartialDate? AsOf { get; set; }

        /// <summary>Gets or sets the most supply/dependency steps from a targeted or owned entity for a link to count. Default 2; 0 turns links off.</summary>
        public int MaxSteps { get; set; } = 2;

        /// <summary>Gets or sets the share of ownership from which an owned entity counts as owned by a sanctioned owner. Default 0.5 (the 50% rule: "50 percent or more").</summary>
        public double OwnershipThreshold { get; set; } = 0.5;

        /// <summary>Gets or sets whether the shares of several exposed owners add up (OFAC: "individually or in the aggregate"). Default <c>true</c>.</summary>
        public bool AggregateOwnership { get; set; } = true;

        /// <summary>Gets or sets whether an OWNS relation without a share counts as control. Default <c>true</c> (a curated OWNS without a share usually means full ownership).</summary>
        public bool UnknownShareCounts { get; set; } = true;

        /// <summary>Gets or sets the name of the relation property that holds an ownership share. Default <c>share</c>.</summary>
        public string ShareProperty { get; set; } = "share";

        /// <summary>Gets or sets the entity kind of sanctions (with its sub-kinds). Default <c>Sanction</c>.</summary>
        public string SanctionKind { get; set; } = "Sanction";

        /// <summary>Gets or sets the relation type from a sanction to what it targets. Default <c>TARGETS</c>.</summary>
        public string TargetsType { get; set; } = "TARGETS";

        /// <summary>Gets or sets the relation type from who imposes a sanction to the sanction. Default <c>IMPOSES</c>.</summary>
        public string ImposesType { get; set; } = "IMPOSES";

        /// <summary>Gets or sets which relations are links. Default: relation types that count as a dependency (SUPPLIES, DEPENDS_ON).</summary>
        public Func<Relation, bool> IsLink { get; set; } = r => Directions.DependsOn(r.Type) != Directions.None;

        /// <summary>
        /// Gets or sets whether links count in both directions (an exposed entity's suppliers and its dependents). Default
        /// <c>true</c>. When <c>false</c>, only entities that depend on an exposed entity (directly or through others) are linked.
        /// </summary>
        public bool LinkBothDirections { get; set; } = true;

        /// <summary>Gets a copy of this rule.</summary>
        /// <returns>The copy.</returns>
        public ExposureRule Clone() => (ExposureRule)MemberwiseClone();
    }
}
