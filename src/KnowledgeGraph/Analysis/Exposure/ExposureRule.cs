using System;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Traversal;

namespace KnowledgeGraph.Analysis.Exposure
{
    /// <summary>
    /// The rule that decides who is exposed to sanctions, and how. Every field has a documented default; give any of
    /// them (<c>new ExposureRule { MaxSteps = 1 }</c>, or <c>rule with { AsOf = date }</c>) to ask a different question.
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
    [Immutable]
    public sealed record ExposureRule
    {
        /// <summary>Gets the date at which exposure is computed; <c>null</c> (the default) counts every relation in the graph.</summary>
        public PartialDate? AsOf { get; init; }

        /// <summary>Gets the most supply/dependency steps from a targeted or owned entity for a link to count. Default 2; 0 turns links off.</summary>
        public int MaxSteps { get; init; } = 2;

        /// <summary>Gets the share of ownership from which an owned entity counts as owned by a sanctioned owner. Default 0.5 (the 50% rule: "50 percent or more").</summary>
        public double OwnershipThreshold { get; init; } = 0.5;

        /// <summary>Gets whether the shares of several exposed owners add up (OFAC: "individually or in the aggregate"). Default <c>true</c>.</summary>
        public bool AggregateOwnership { get; init; } = true;

        /// <summary>Gets whether an OWNS relation without a share counts as control. Default <c>true</c> (a curated OWNS without a share usually means full ownership).</summary>
        public bool UnknownShareCounts { get; init; } = true;

        /// <summary>Gets the name of the relation property that holds an ownership share. Default <c>share</c>.</summary>
        public string ShareProperty { get; init; } = "share";

        /// <summary>Gets the entity kind of sanctions (with its sub-kinds). Default <c>Sanction</c>.</summary>
        public string SanctionKind { get; init; } = "Sanction";

        /// <summary>Gets the relation type from a sanction to what it targets. Default <c>TARGETS</c>.</summary>
        public string TargetsType { get; init; } = "TARGETS";

        /// <summary>Gets the relation type from who imposes a sanction to the sanction. Default <c>IMPOSES</c>.</summary>
        public string ImposesType { get; init; } = "IMPOSES";

        /// <summary>Gets which relations are links. Default: relation types that count as a dependency (SUPPLIES, DEPENDS_ON).</summary>
        public Func<Relation, bool> IsLink { get; init; } = r => Directions.DependsOn(r.Type) != Directions.None;

        /// <summary>
        /// Gets whether links count in both directions (an exposed entity's suppliers and its dependents). Default
        /// <c>true</c>. When <c>false</c>, only entities that depend on an exposed entity (directly or through others) are linked.
        /// </summary>
        public bool LinkBothDirections { get; init; } = true;
    }
}
