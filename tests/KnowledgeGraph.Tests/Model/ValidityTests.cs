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
        public void ToString_IsReadable()
        {
            Validity.Since(D("2022-12")).ToString().Should().Be("since 2022-12");
            Validity.Between(D("1999"), D("2021")).ToString().Should().Be("1999 – 2021");
            Validity.Instant(D("2023-02-25")).ToString().Should().Be("on 2023-02-25");
            Validity.Always.ToString().Should().Be("undated");
        }
    }
}
