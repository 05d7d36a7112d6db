using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using KnowledgeGraph.Traversal;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Traversal
{
    public class MinHeapTests
    {
        [TestCase(false)]
        [TestCase(true)]
        public void Pop_ReturnsKeysInOrder(bool stable)
        {
            var rnd = new Random(7);
            var heap = new MinHeap(stable);
            var keys = Enumerable.Range(0, 500).Select(_ => (double)rnd.Next(50)).ToList();
            for (int i = 0; i < keys.Count; i++)
            {
                heap.Push(keys[i], i, -i);
            }

            var popped = new List<double>();
            while (heap.Count > 0)
            {
                int value = heap.Pop(out double key, out int tag);
                tag.Should().Be(-value);
                key.Should().Be(keys[value]);
                popped.Add(key);
            }

            popped.Should().BeInAscendingOrder().And.HaveCount(keys.Count);
        }

        [Test]
        public void Stable_EqualKeysPopInPushOrder()
        {
            var heap = new MinHeap(stable: true);
            int[] order = { 5, 3, 9, 1, 7, 2, 8, 0, 6, 4 };
            foreach (int v in order)
            {
                heap.Push(v % 2, v);
            }

            var values = new List<int>();
            while (heap.Count > 0)
            {
                values.Add(heap.Pop(out _));
            }

            values.Should().Equal(order.Where(v => v % 2 == 0).Concat(order.Where(v => v % 2 == 1)));
        }

        [Test]
        public void Stable_ClearRestartsTheSequence()
        {
            var heap = new MinHeap(stable: true);
            heap.Push(1, 1);
            heap.Clear();
            heap.Push(1, 2);
            heap.Push(1, 3);
            heap.Pop(out _).Should().Be(2);
            heap.Pop(out _).Should().Be(3);
        }
    }
}
