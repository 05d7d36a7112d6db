using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using KnowledgeGraph.Merging;

namespace KnowledgeGraph.Benchmarks
{
    /// <summary>
    /// The matching workload: two synthetic graphs of N people and companies each, a third of the right graph planted
    /// as copies of left entities (in Cyrillic, with a typo, with the words swapped, or sharing a Wikidata id or a
    /// registration number), matched by blocking; then, on a sample, blocking against the plain all-pairs scan.
    /// </summary>
    public static class MatchWorkload
    {
        // Syllables with a Latin and a Cyrillic spelling that NameNormalizer folds back to the Latin one.
        private static readonly (string Latin, string Cyrillic)[] Syllables =
        {
            ("ka", "ка"), ("ko", "ко"), ("va", "ва"), ("vo", "во"), ("le", "ле"), ("li", "ли"), ("ma", "ма"), ("mi", "ми"), ("na", "на"), ("no", "но"),
            ("ra", "ра"), ("ro", "ро"), ("sa", "са"), ("so", "со"), ("ta", "та"), ("to", "то"), ("zha", "жа"), ("kho", "хо"), ("tsa", "ца"), ("sha", "ша"),
            ("be", "бе"), ("bo", "бо"), ("da", "да"), ("do", "до"), ("ga", "га"), ("go", "го"), ("pe", "пе"), ("po", "по"), ("lu", "лу"), ("ku", "ку"),
            ("ne", "не"), ("ve", "ве"), ("de", "де"), ("ze", "зе"), ("che", "че"), ("shu", "шу"), ("mo", "мо"), ("lo", "ло"), ("ri", "ри"), ("ti", "ти"),
        };

        private static readonly (string Latin, string Cyrillic)[] Endings = { ("v", "в"), ("n", "н"), ("k", "к"), ("nko", "нко"), ("vich", "вич"), ("ev", "ев"), ("in", "ин"), ("sky", "ский") };

        public static int Run(int n, int sample)
        {
            var rnd = new Random(20261130);
            var left = new GraphBuilder();
            var right = new GraphBuilder();
            var people = new List<(string Latin, string Cyrillic, bool Company)>();
            string[] firstLatin = new string[300], firstCyrillic = new string[300];
            for (int i = 0; i < firstLatin.Length; i++)
            {
                (firstLatin[i], firstCyrillic[i]) = Word(rnd, 2);
            }

            for (int i = 0; i < n; i++)
            {
                bool company = rnd.Next(4) == 0;
                int f = rnd.Next(firstLatin.Length);
                (string surnameL, string surnameC) = Word(rnd, 3);
                string latin = company ? Cap(surnameL) + " " + Cap(Word(rnd, 2).Latin) + " LLC" : Cap(firstLatin[f]) + " " + Cap(surnameL);
                string cyrillic = company ? Cap(surnameC) + " " + "ООО" : Cap(firstCyrillic[f]) + " " + Cap(surnameC);
                people.Add((latin, cyrillic, company));
                left.AddEntity("l" + i, company ? "Company" : "Person", latin, properties: Props(rnd, company, i), externalIds: i % 5 == 0 ? new[] { new ExternalId("wikidata", "Q" + (1000000 + i)) } : null);
            }

            int planted = 0;
            var truth = new HashSet<string>(StringComparer.Ordinal);
            for (int j = 0; j < n; j++)
            {
                if (j % 3 == 0)
                {
                    int i = rnd.Next(n);
                    (string latin, string cyrillic, bool company) = people[i];
                    int variant = rnd.Next(4);
                    string name = variant switch
                    {
                        0 => cyrillic,
                        1 => Typo(rnd, latin),
                        2 => string.Join(" ", latin.Split(' ').Reverse()),
                        _ => latin,
                    };
                    ExternalId[]? ids = i % 5 == 0 ? new[] { new ExternalId("wikidata", "Q" + (1000000 + i)) } : null;
                    right.AddEntity("r" + j, company ? "Company" : "Person", name, properties: Props(new Random(i), company, i), externalIds: ids);
                    truth.Add("left:l" + i + "~right:r" + j);
                    planted++;
                }
                else
                {
                    bool company = rnd.Next(4) == 0;
                    string name = company ? Cap(Word(rnd, 3).Latin) + " " + Cap(Word(rnd, 2).Latin) + " LLC" : Cap(firstLatin[rnd.Next(firstLatin.Length)]) + " " + Cap(Word(rnd, 3).Latin);
                    right.AddEntity("r" + j, company ? "Company" : "Person", name, properties: Props(rnd, company, n + j));
                }
            }

            var clock = Stopwatch.StartNew();
            Graph a = left.Build(), b = right.Build();
            Console.WriteLine($"built {n:N0} + {n:N0} entities in {clock.Elapsed.TotalSeconds:0.0} s; {planted:N0} planted copies");
            clock.Restart();
            MatchResult r = EntityMatcher.Match(new NamedGraph("left", a), new NamedGraph("right", b));
            double seconds = clock.Elapsed.TotalSeconds;
            int found = r.Candidates.Count(c => truth.Contains(c.LeftRef + "~" + c.RightRef));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "match {0:N0} x {0:N0}: {1:0.0} s on {2} cores, {3:N0} pairs scored ({4:0.000}% of all pairs), {5:N0} name blocks skipped, {6:N0} candidates, {7:N0} of {8:N0} planted pairs found ({9:0.0}%), {10:0.0}% of candidates planted",
                n, seconds, Environment.ProcessorCount, r.PairsScored, 100.0 * r.PairsScored / ((double)n * n), r.BlocksSkipped, r.Candidates.Count, found, planted, 100.0 * found / planted, 100.0 * found / Math.Max(1, r.Candidates.Count)));

            if (sample > 0)
            {
                Graph sa = Sub(a, sample), sb = Sub(b, sample);
                clock.Restart();
                MatchResult blocked = EntityMatcher.Match(new NamedGraph("left", sa), new NamedGraph("right", sb));
                double tb = clock.Elapsed.TotalSeconds;
                clock.Restart();
                MatchResult all = EntityMatcher.MatchAllPairs(new NamedGraph("left", sa), new NamedGraph("right", sb));
                double ta = clock.Elapsed.TotalSeconds;
                var kb = new HashSet<string>(blocked.Candidates.Select(Key));
                var ka = new HashSet<string>(all.Candidates.Select(Key));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "sample {0:N0} x {0:N0}: blocking {1:0.00} s ({2:N0} pairs, {3:N0} candidates), all pairs {4:0.00} s ({5:N0} pairs, {6:N0} candidates); same candidates: {7}; only all-pairs: {8}, only blocking: {9}",
                    sample, tb, blocked.PairsScored, blocked.Candidates.Count, ta, all.PairsScored, all.Candidates.Count, kb.SetEquals(ka) ? "yes" : "no", ka.Except(kb).Count(), kb.Except(ka).Count()));
                foreach (string k in ka.Except(kb).Take(5))
                {
                    Console.WriteLine("  missed by blocking: " + k);
                }
            }

            return 0;
        }

        private static string Key(MatchCandidate c) => c.LeftRef + "~" + c.RightRef + "@" + c.Score.ToString("0.000", CultureInfo.InvariantCulture);

        private static Graph Sub(Graph g, int count)
        {
            var builder = new GraphBuilder(g.Vocabulary);
            foreach (Entity e in g.Entities.Take(count))
            {
                builder.AddEntity(e);
            }

            return builder.Build();
        }

        private static PropertyMap Props(Random rnd, bool company, int seed)
        {
            var r = new Random(seed);
            return company
                ? PropertyMap.Of("registrationNumber", (100000000 + seed).ToString(CultureInfo.InvariantCulture))
                : PropertyMap.Of("birthDate", (1940 + r.Next(60)).ToString(CultureInfo.InvariantCulture));
        }

        private static (string Latin, string Cyrillic) Word(Random rnd, int syllables)
        {
            var l = new StringBuilder();
            var c = new StringBuilder();
            for (int s = 0; s < syllables; s++)
            {
                var x = Syllables[rnd.Next(Syllables.Length)];
                l.Append(x.Latin);
                c.Append(x.Cyrillic);
            }

            var e = Endings[rnd.Next(Endings.Length)];
            return (l.Append(e.Latin).ToString(), c.Append(e.Cyrillic).ToString());
        }

        private static string Cap(string w) => char.ToUpperInvariant(w[0]) + w.Substring(1);

        private static string Typo(Random rnd, string name)
        {
            char[] chars = name.ToCharArray();
            int i = 1 + rnd.Next(chars.Length - 2);
            if (chars[i] != ' ' && chars[i + 1] != ' ')
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            }

            return new string(chars);
        }
    }
}
