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
    /// <para><b>Time</b>: exposure is computed as of <see cref="AsOf"/>, or as of today (<see cref="Clock"/>) when it is
    /// <c>null</c>, by the one three-valued rule (<see cref="Validity.StatusAsOf(PartialDate)"/>; a path must hold jointly,
    /// on one day of the date's period). Only what holds counts; what may hold (an undated sanction, an ownership with
    /// bounds only) is reported apart under <see cref="Undated"/> = <see cref="UndatedPolicy.Flag"/>, counted (and said
    /// so) under <see cref="UndatedPolicy.Include"/>, dropped under <see cref="UndatedPolicy.Exclude"/>. A sanction whose
    /// TARGETS relation has ended no longer exposes anyone. Ownership or control by an exposed owner that ended before
    /// the date is <em>former</em> (<see cref="ExposureResult.Former"/>): reported with its dates and the owner's sanction,
    /// never counted as owned or controlled. <see cref="IgnoreTime"/> counts every relation whatever its dates.</para>
    /// </remarks>
    [Immutable]
    public sealed record ExposureRule
    {
        /// <summary>Gets the date at which exposure is computed; <c>null</c> (the default) means today, as <see cref="Clock"/> tells it.</summary>
        public PartialDate? AsOf { get; init; }

        /// <summary>Gets the clock that says what today is when <see cref="AsOf"/> is <c>null</c> (its UTC date counts). Default: the system clock.</summary>
        public Func<DateTime> Clock { get; init; } = () => DateTime.UtcNow;

        /// <summary>Gets what to do with exposure that may hold at the date (an undated or only bounded relation on its path). Default <see cref="UndatedPolicy.Flag"/>: report it apart, never count it.</summary>
        public UndatedPolicy Undated { get; init; } = UndatedPolicy.Flag;

        /// <summary>Gets whether every relation counts whatever its dates (no date, no former ownership, nothing that only may hold). Default <c>false</c>.</summary>
        public bool IgnoreTime { get; init; }

        /// <summary>Gets the most supply/dependency steps from a targeted or owned entity for a link to count. Default 2; 0 turns links off.</summary>
        public int MaxSteps { get; init; } = 2;

        /// <summary>Gets the share of ownership from which an owned entity counts as owned by a sanctioned owner. Default 0.5 (the 50% rule: "50 percent or more").</summary>
        public double OwnershipThreshold { get; init; } = 0.5;

        /// <summary>Gets whether the shares of several exposed owners add up (OFAC: "individually or in the aggregate"). Default <c>true</c>.</summary>
        public bool AggregateOwnership { get; init; } = true;

        /// <summary>Gets whether an ownership relation (<see cref="RelationType.IsOwnership"/>: OWNS) without a share counts as control. Default <c>true</c> (a curated OWNS without a share usually means full ownership).</summary>
        public bool UnknownShareCounts { get; init; } = true;

        /// <summary>Gets the name of the relation property that holds an ownership share. Default <c>share</c>.</summary>
        public string ShareProperty { get; init; } = "share";

        /// <summary>Gets the entity kind of sanctions (with its sub-kinds). Default <c>Sanction</c>.</summary>
        public string SanctionKind { get; init; } = "Sanction";

        /// <summary>Gets the name of the relation type from a sanction to what it targets, or <c>null</c> (the default) for every type the vocabulary marks <c>"sanction": "targets"</c> (<see cref="SanctionRole.Targets"/>: TARGETS).</summary>
        public string? TargetsType { get; init; }

        /// <summary>Gets the name of the relation type from who imposes a sanction to the sanction, or <c>null</c> (the default) for every type the vocabulary marks <c>"sanction": "imposes"</c> (<see cref="SanctionRole.Imposes"/>: IMPOSES).</summary>
        public string? ImposesType { get; init; }

        /// <summary>Gets which relations are links. Default: relation types that count as a dependency (SUPPLIES, DEPENDS_ON).</summary>
        public Func<Relation, bool> IsLink { get; init; } = r => Directions.DependsOn(r.Type) != Directions.None;

        /// <summary>
        /// Gets whether links count in both directions (an exposed entity's suppliers and its dependents). Default
        /// <c>true</c>. When <c>false</c>, only entities that depend on an exposed entity (directly or through others) are linked.
        /// </summary>
        public bool LinkBothDirections { get; init; } = true;
    }
}
