namespace KnowledgeGraph.Traversal
{
    /// <summary>What a bidirectional breadth-first search knows of one entity, both sides together (16 bytes), so that a visit touches one cache line.</summary>
    internal struct SearchMark
    {
        /// <summary>The stamp of the search whose forward side reached the entity.</summary>
        public int StampF;

        /// <summary>The stamp of the search whose backward side reached the entity.</summary>
        public int StampB;

        /// <summary>The encoded step (relation * 2 + 1 when walked from source to target) by which the forward side reached the entity; -1 at the start.</summary>
        public int StepF;

        /// <summary>The encoded step by which the backward side reached the entity (oriented as the path walks it); -1 at the end.</summary>
        public int StepB;
    }
}
