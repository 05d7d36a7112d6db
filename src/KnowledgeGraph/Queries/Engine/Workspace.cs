using System;
using KnowledgeGraph.Algorithms.Traversal;

namespace KnowledgeGraph.Queries.Engine
{
    /// <summary>
    /// Reusable arrays for one search at a time: visit stamps (a node is visited in the current search when its
    /// stamp equals the search's, so nothing is cleared between searches), distances, parents and queues.
    /// </summary>
    internal sealed class Workspace
    {
        private int _stamp;

        public Workspace(int vertexCount)
        {
            StampA = new int[vertexCount];
            StampB = new int[vertexCount];
            DistA = new int[vertexCount];
            DistB = new int[vertexCount];
            ParentA = new int[vertexCount];
            ParentB = new int[vertexCount];
            QueueA = new int[Math.Max(1, vertexCount)];
            QueueB = new int[Math.Max(1, vertexCount)];
            Cost = new double[vertexCount];
            Block = new int[vertexCount];
            CostB = new double[vertexCount];
            SettledA = new int[vertexCount];
            SettledB = new int[vertexCount];
            Marks = new SearchMark[vertexCount];
        }

        /// <summary>Gets the marks of the shared bidirectional breadth-first search (both sides' stamps and parent steps together).</summary>
        public SearchMark[] Marks { get; }

        /// <summary>Gets weighted distances of the backward search.</summary>
        public double[] CostB { get; }

        /// <summary>Gets the settled stamps of the forward weighted search.</summary>
        public int[] SettledA { get; }

        /// <summary>Gets the settled stamps of the backward weighted search.</summary>
        public int[] SettledB { get; }

        /// <summary>Gets the entities blocked in the current search (Yen's spur searches): blocked when equal to the search's stamp.</summary>
        public int[] Block { get; }

        /// <summary>Gets the visit stamps of the forward search.</summary>
        public int[] StampA { get; }

        /// <summary>Gets the visit stamps of the backward search (or a second marking).</summary>
        public int[] StampB { get; }

        /// <summary>Gets distances of the forward search.</summary>
        public int[] DistA { get; }

        /// <summary>Gets distances of the backward search.</summary>
        public int[] DistB { get; }

        /// <summary>Gets the parent step of each node in the forward search: relation * 2 + (1 when walked forward).</summary>
        public int[] ParentA { get; }

        /// <summary>Gets the parent step of each node in the backward search.</summary>
        public int[] ParentB { get; }

        /// <summary>Gets a queue for the forward search.</summary>
        public int[] QueueA { get; }

        /// <summary>Gets a queue for the backward search.</summary>
        public int[] QueueB { get; }

        /// <summary>Gets weighted distances.</summary>
        public double[] Cost { get; }

        /// <summary>Starts a new search: returns a stamp no node carries yet.</summary>
        public int NextStamp()
        {
            if (_stamp == int.MaxValue)
            {
                Array.Clear(StampA, 0, StampA.Length);
                Array.Clear(StampB, 0, StampB.Length);
                Array.Clear(Block, 0, Block.Length);
                Array.Clear(SettledA, 0, SettledA.Length);
                Array.Clear(SettledB, 0, SettledB.Length);
                Array.Clear(Marks, 0, Marks.Length);
                _stamp = 0;
            }

            return ++_stamp;
        }
    }
}
