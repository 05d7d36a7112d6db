using System;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    public class ValidityTests
    {
        private static PartialDate D(string s) => PartialDate.Parse(s);

        [Test]
        public void Default_IsAlways()
        {
            default(Validity).IsAlways.Should().BeTrue();
            default(Validity).HoldsAsOf(D("1900")).Should().BeTrue();
        }

        [Test]
        public void Since_IsAbsentBeforeItsStart()
        {
            Validity v = Validity.Since(D("2022-12"));
            v.HoldsAsOf(D("2021")).Should().BeFalse();
            v.HoldsAsOf(D("2022-11-30")).Should().BeFalse();
            v.HoldsAsOf(D("2022")).Should().BeTrue("December 2022 is part of 2022");
            v.HoldsAsOf(D("2030")).Should().BeTrue();
        }

        [Test]
        public void Between_EndBeforeStart_Throws()
        {
            FluentActions.Invoking(() => Validity.Between(D("2023"), D("2022-12"))).Should().Throw<ArgumentException>().WithMessage("*ends*before it starts*");
        }

        [Test]
        public void Instant_HoldsAsOfAnyLaterDate()
        {
            Validity v = Validity.Instant(D("2022-05-26"));
            v.HoldsAsOf(D("2022-05")).Should().BeTrue();
            v.HoldsAsOf(D("2023")).Should().BeTrue();
            v.HoldsAsOf(D("2022-04")).Should().BeFalse();
            v.HoldsBetween(D("2023"), D("2024")).Should().BeTrue("an event holds once it has happened, so on every day of a later window");
            v.HoldsBetween(D("2021"), D("2022-04")).Should().BeFalse();
        }

        [Test]
        public void Intersect_IsTheCommonPeriod()
        {
            Validity a = Validity.Between(D("1999"), D("2021"));
            Validity b = Validity.Since(D("2020-06"));
            a.Intersect(b).Should().Be(Validity.Between(D("2020-06"), D("2021")));
            a.Intersect(Validity.Since(D("2022"))).Should().BeNull();
            a.Intersect(Validity.Always).Should().Be(a);
        }

        [Test]
        public void Intersect_OfApproximatePeriodsThatMeetOnlyByTheirMargins_IsApproximateNotAnError()
        {
            // Found by the closure tests: "about 2012 to 2015" and "about 2005 to 2011" overlap only by their margins; a path
            // through both used to throw "it ends (2011) before it starts (2012)" from GraphPath's constructor.
            Validity a = Validity.Create(from: D("2012"), to: D("2015"), approximate: true);
            Validity b = Validity.Create(from: D("2005"), to: D("2011"), approximate: true);
            a.Overlaps(b).Should().BeTrue("approximate dates widen the days they may hold on");
            Validity? both = a.Intersect(b);
            both.Should().Be(Validity.Create(from: D("2011"), to: D("2012"), approximate: true));
            b.Intersect(a).Should().Be(both);
            Validity.Between(D("2005"), D("2011")).Intersect(Validity.Between(D("2012"), D("2015"))).Should().BeNull();
        }

        [Test]
        public void ToString_IsReadable()
        {
            Validity.Since(D("2022-12")).ToString().Should().Be("since 2022-12");
            Validity.Between(D("1999"), D("2021")).ToString().Should().Be("1999 – 2021");
            Validity.Instant(D("2023-02-25")).ToString().Should().Be("on 2023-02-25");
            Validity.Always.ToString().Should().Be("undated");
        }

        [Test]
        public void Compact_ExactIntervalsAndInstants_AnswerByTheRuleAndEqualTheirApproximateFreeSelves()
        {
            // Exact intervals and instants keep no key of their own (it is worked out from their dates): their answers
            // must be the documented rule's, and equal validities must be equal and hash alike however they were made.
            var random = new Random(7);
            PartialDate RandomDate() => random.Next(3) switch
            {
                0 => new PartialDate(random.Next(1990, 2010)),
                1 => new PartialDate(random.Next(1990, 2010), random.Next(1, 13)),
                _ => new PartialDate(random.Next(1990, 2010), random.Next(1, 13), random.Next(1, 29)),
            };
            for (int i = 0; i < 2000; i++)
            {
                PartialDate? from = random.Next(4) == 0 ? null : RandomDate();
                PartialDate? to = random.Next(4) == 0 ? null : RandomDate();
                PartialDate asOf = RandomDate();
                if (from.HasValue && to.HasValue && to.Value.LastDay < from.Value.FirstDay)
                {
                    FluentActions.Invoking(() => Validity.Between(from, to)).Should().Throw<ArgumentException>();
                    continue;
                }

                Validity v = Validity.Between(from, to);
                bool overlaps = (!from.HasValue || from.Value.FirstDay <= asOf.LastDay) && (!to.HasValue || to.Value.LastDay >= asOf.FirstDay);
                TimeStatus expected = !from.HasValue && !to.HasValue ? TimeStatus.MayHold : overlaps ? TimeStatus.Holds : TimeStatus.DoesNotHold;
                v.StatusAsOf(asOf).Should().Be(expected, "{0} as of {1}", v, asOf);
                v.Should().Be(Validity.Create(from: from, to: to));
                v.GetHashCode().Should().Be(Validity.Create(from: from, to: to).GetHashCode());
                if (from.HasValue || to.HasValue)
                {
                    v.Should().NotBe(Validity.Create(from: from, to: to, approximate: true));
                }

                Validity at = Validity.Instant(asOf);
                at.StatusAsOf(RandomDate() is PartialDate later && later.LastDay >= asOf.FirstDay ? later : asOf).Should().Be(TimeStatus.Holds);
                at.StatusAsOf(new PartialDate(1980)).Should().Be(TimeStatus.DoesNotHold);
            }

            Validity bounded = Validity.Create(notBefore: D("2001"), notAfter: D("2003"));
            bounded.Should().NotBe(default(Validity));
            bounded.Should().Be(Validity.Create(notBefore: D("2001"), notAfter: D("2003")));
            bounded.StatusAsOf(D("2000")).Should().Be(TimeStatus.DoesNotHold);
            bounded.StatusAsOf(D("2002")).Should().Be(TimeStatus.MayHold);
        }
    }
}
