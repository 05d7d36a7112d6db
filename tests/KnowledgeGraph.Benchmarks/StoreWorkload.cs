using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Formats.Csv;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>
    /// The library's answers to the questions run-sparql-store.sh asks a SPARQL store, in the same lines, so that the two
    /// can be compared with diff: <c>closure ROOT COUNT SHA256</c> (what ROOT depends on, directly or through others,
    /// every subject and every time: the SPARQL path <c>(kg:DEPENDS_ON|^kg:SUPPLIES)+</c>, the library's
    /// <see cref="QueryExtensions.DependencyClosureOf"/>; the hash is of the sorted ids,
    /// one a line) and <c>asof DATE HOLDS MAYHOLD DOESNOTHOLD</c> (every relation's status by <see cref="Validity.StatusAsOf"/>).
    /// Timings go to standard error.
    /// </summary>
    public static class StoreWorkload
    {
        public static int Run(string graphFile, IReadOnlyList<string> roots, IReadOnlyList<string> dates)
        {
            var sw = Stopwatch.StartNew();
            Graph g = Graph.Load(graphFile, CsvVocabularies.Open);
            Console.Error.WriteLine($"library load\t{sw.Elapsed.TotalSeconds:F2} s");
            QueryOptions everything = QueryOptions.Default.WithAnySubject().IgnoringTime().WithMaxResults(int.MaxValue);
            foreach (string root in roots)
            {
                sw.Restart();
                Entity e = g.GetEntity(root);
                string[] ids = g.DependencyClosureOf(e, everything).Items
                    .Select(d => d.Entity.Id).Where(id => id != root).OrderBy(x => x, StringComparer.Ordinal).ToArray();
                Console.WriteLine(string.Join("\t", "closure", root, ids.Length.ToString(CultureInfo.InvariantCulture), Hash(ids)));
                Console.Error.WriteLine($"library closure {root}\t{sw.Elapsed.TotalSeconds:F3} s");
            }

            foreach (string date in dates)
            {
                sw.Restart();
                PartialDate d = PartialDate.Parse(date);
                long holds = 0, may = 0, not = 0;
                foreach (Relation r in g.Relations)
                {
                    switch (r.Validity.StatusAsOf(d))
                    {
                        case TimeStatus.Holds: holds++; break;
                        case TimeStatus.MayHold: may++; break;
                        default: not++; break;
                    }
                }

                Console.WriteLine(string.Join("\t", "asof", date, holds.ToString(CultureInfo.InvariantCulture), may.ToString(CultureInfo.InvariantCulture), not.ToString(CultureInfo.InvariantCulture)));
                Console.Error.WriteLine($"library asof {date}\t{sw.Elapsed.TotalSeconds:F3} s");
            }

            return 0;
        }

        /// <summary>SHA-256 of the ids, one a line ("\n" after each), in hex: what <c>sort | sha256sum</c> prints.</summary>
        private static string Hash(IEnumerable<string> sortedIds)
        {
            var sb = new StringBuilder();
            foreach (string id in sortedIds)
            {
                sb.Append(id).Append('\n');
            }

            byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
            return Convert.ToHexString(hash).ToLowerInvariant();
        }
    }
}
