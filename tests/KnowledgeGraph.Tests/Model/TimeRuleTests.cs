using System;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    /// <summary>One test per rule of TIME-SPEC.md: how each kind of validity answers as of a date and between two dates.</summary>
    public class TimeRuleTests
    {
        private static PartialDate D(string s) => PartialDate.Parse(s);

        [Test]
        public void Permanent_HoldsAtAllTimes()
        {
            Validity.Permanent.StatusAsOf(D("0900")).Should().Be(TimeStatus.Holds);
            Validity.Permanent.StatusAsOf(D("2023-05-04")).Should().Be(TimeStatus.Holds);
            Validity.Permanent.Kind.Should().Be(ValidityKind.Permanent);
        }

        [Test]
        public void Unknown_MayHoldAtAnyTime_AndIsNotPermanent()
        {
            Validity.Unknown.StatusAsOf(D("1995")).Should().Be(TimeStatus.MayHold);
            Validity.Unknown.StatusBetween(D("2021"), D("2023")).Should().Be(TimeStatus.MayHold);
            Validity.Unknown.Should().NotBe(Validity.Permanent);
            Validity.Always.Should().Be(Validity.Unknown, "undated facts were always of unknown time");
            default(Validity).IsUnknown.Should().BeTrue();
            Validity.Between(null, null).Should().Be(Validity.Unknown);
        }

        [Test]
        public void KnownInterval_HoldsWhenItOverlapsThePeriod_ElseDoesNot()
        {
            Validity v = Validity.Between(D("1999"), D("2021-06"));
            v.StatusAsOf(D("1998")).Should().Be(TimeStatus.DoesNotHold);
            v.StatusAsOf(D("1999-12-31")).Should().Be(TimeStatus.Holds);
            v.StatusAsOf(D("2021")).Should().Be(TimeStatus.Holds, "2021 overlaps January to June 2021");
            v.StatusAsOf(D("2021-07")).Should().Be(TimeStatus.DoesNotHold);
        }

        [Test]
        public void KnownInterval_OpenEnd_IsOngoing()
        {
            Validity.Since(D("2022-12")).StatusAsOf(D("2040")).Should().Be(TimeStatus.Holds);
            Validity.Since(D("2022-12")).StatusAsOf(D("2022-11")).Should().Be(TimeStatus.DoesNotHold);
            Validity.Until(D("2021")).StatusAsOf(D("1900")).Should().Be(TimeStatus.Holds);
        }

        [Test]
        public void Instant_HoldsOnceItHappened()
        {
            Validity v = Validity.Instant(D("2022-12-21"));
            v.IsEvent.Should().BeTrue();
            v.StatusAsOf(D("2022-12")).Should().Be(TimeStatus.Holds, "it had happened by the end of December 2022");
            v.StatusAsOf(D("2022-12-20")).Should().Be(TimeStatus.DoesNotHold);
            v.StatusAsOf(D("2030")).Should().Be(TimeStatus.Holds);
        }

        [Test]
        public void Approximate_Year_IsUncertainByAYearEitherSide()
        {
            // "about three years ago" from 2023: about 2020.
            Validity v = Validity.Create(from: D("2020"), approximate: true);
            v.StatusAsOf(D("2018")).Should().Be(TimeStatus.DoesNotHold);
            v.StatusAsOf(D("2019")).Should().Be(TimeStatus.MayHold);
            v.StatusAsOf(D("2020-06")).Should().Be(TimeStatus.MayHold);
            v.StatusAsOf(D("2021")).Should().Be(TimeStatus.Holds, "the start is at the latest 2021-01-01");
            v.ToString().Should().Be("since about 2020");
        }

        [Test]
        public void Approximate_Month_And_Day_Margins()
        {
            Validity month = Validity.Create(to: D("2022-12"), approximate: true);
            month.StatusAsOf(D("2022-11-15")).Should().Be(TimeStatus.Holds, "the end is at the earliest 2022-11-30");
            month.StatusAsOf(D("2022-12-15")).Should().Be(TimeStatus.MayHold);
            month.StatusAsOf(D("2023-01-31")).Should().Be(TimeStatus.MayHold);
            month.StatusAsOf(D("2023-02")).Should().Be(TimeStatus.DoesNotHold);

            Validity day = Validity.Create(at: D("2023-01-10"), approximate: true);
            day.StatusAsOf(D("2023-01-02")).Should().Be(TimeStatus.DoesNotHold);
            day.StatusAsOf(D("2023-01-03")).Should().Be(TimeStatus.MayHold);
            day.StatusAsOf(D("2023-01-16")).Should().Be(TimeStatus.MayHold);
            day.StatusAsOf(D("2023-01-17")).Should().Be(TimeStatus.Holds, "seven days after the nominal date it has happened");
        }

        [Test]
        public void BoundedState_DoesNotHoldOutsideItsBounds_MayHoldInside()
        {
            Validity v = Validity.Create(notBefore: D("1991"), notAfter: D("2023-05-04"));
            v.Kind.Should().Be(ValidityKind.Bounded);
            v.StatusAsOf(D("1990")).Should().Be(TimeStatus.DoesNotHold);
            v.StatusAsOf(D("2000")).Should().Be(TimeStatus.MayHold);
            v.StatusAsOf(D("2023-05-05")).Should().Be(TimeStatus.DoesNotHold);
        }

        [Test]
        public void ObservedState_HoldsWhenThePeriodContainsAnObservedDate()
        {
            Validity v = Validity.Create(observed: new[] { D("2023-05-04"), D("2019") });
            v.StatusAsOf(D("2023-05")).Should().Be(TimeStatus.Holds);
            v.StatusAsOf(D("2019")).Should().Be(TimeStatus.Holds);
            v.StatusAsOf(D("2019-06")).Should().Be(TimeStatus.MayHold, "it held on some day of 2019, not necessarily in June");
            v.StatusAsOf(D("2021")).Should().Be(TimeStatus.MayHold, "a state observed in 2019 and 2023 may have lapsed between");
            v.StatusAsOf(D("1995")).Should().Be(TimeStatus.MayHold);
            v.ToString().Should().Be("observed 2023-05-04, 2019");
        }

        [Test]
        public void EventWithoutDate_DoesNotHoldBeforeNotBefore_HoldsAfterNotAfter()
        {
            Validity v = Validity.Create(notBefore: D("2022"), notAfter: D("2022-12-21"), isEvent: true);
            v.StatusAsOf(D("2021")).Should().Be(TimeStatus.DoesNotHold);
            v.StatusAsOf(D("2022-06")).Should().Be(TimeStatus.MayHold);
            v.StatusAsOf(D("2022-12-21")).Should().Be(TimeStatus.Holds, "it had happened by then");
            v.StatusAsOf(D("2023")).Should().Be(TimeStatus.Holds);
            v.ToString().Should().Be("between 2022 and 2022-12-21");
            Validity.Create(notAfter: D("2022-12-21"), isEvent: true).ToString().Should().Be("by 2022-12-21");
        }

        [Test]
        public void KnownStart_BoundedEnd()
        {
            Validity v = Validity.Create(from: D("2019"), notAfter: D("2023"));
            v.StatusAsOf(D("2018")).Should().Be(TimeStatus.DoesNotHold);
            v.StatusAsOf(D("2019")).Should().Be(TimeStatus.Holds);
            v.StatusAsOf(D("2021")).Should().Be(TimeStatus.MayHold, "it may have ended before 2021");
            v.StatusAsOf(D("2024")).Should().Be(TimeStatus.DoesNotHold);
        }

        [Test]
        public void Between_HoldsOnSomeCertainDayOfTheWindow()
        {
            Validity.Between(D("2019"), D("2020")).StatusBetween(D("2020-06"), D("2023")).Should().Be(TimeStatus.Holds);
            Validity.Between(D("2019"), D("2020")).StatusBetween(D("2021"), D("2023")).Should().Be(TimeStatus.DoesNotHold);
            Validity.Create(observed: new[] { D("2022-03") }).StatusBetween(D("2022"), D("2023")).Should().Be(TimeStatus.Holds);
            Validity.Create(observed: new[] { D("2022-03") }).StatusBetween(D("2022-03-10"), D("2023")).Should().Be(TimeStatus.MayHold);
            Validity.Create(notAfter: D("2020"), isEvent: true).StatusBetween(D("2021"), D("2022")).Should().Be(TimeStatus.Holds);
        }

        [Test]
        public void Joint_HoldsOnlyOnACommonCertainDay()
        {
            static int Day(string s) => (int)(D(s).FirstDay.Ticks / TimeSpan.TicksPerDay);
            static int Last(string s) => (int)(D(s).LastDay.Ticks / TimeSpan.TicksPerDay);
            TimeKey a = Validity.Between(D("2002"), D("2012")).Key;
            TimeKey sanction = Validity.Since(D("2023")).Key;
            TimeKey.Joint(new[] { a, sanction }, Day("1990"), Last("2030")).Should().Be(TimeStatus.DoesNotHold, "the ownership ended before the sanction began");
            TimeKey b = Validity.Since(D("2010")).Key;
            TimeKey.Joint(new[] { a, b }, Day("1990"), Last("2030")).Should().Be(TimeStatus.Holds);
            TimeKey.Joint(new[] { a, b }, Day("2013"), Last("2030")).Should().Be(TimeStatus.DoesNotHold);
            TimeKey.Joint(new[] { a, Validity.Unknown.Key }, Day("1990"), Last("2030")).Should().Be(TimeStatus.MayHold);
            TimeKey.Joint(new[] { a, Validity.Permanent.Key }, Day("2005"), Last("2005")).Should().Be(TimeStatus.Holds);
        }

        [TestCase("at", "2022", null)]
        [TestCase("observed", null, "2022")]
        public void Create_Contradictions_AreRefused(string field, string? at, string? observed)
        {
            FluentActions.Invoking(() => Validity.Create(from: D("2021"), at: at == null ? null : D(at), observed: observed == null ? null : new[] { D(observed) }))
                .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(field);
        }

        [Test]
        public void Create_OtherContradictions_AreRefused()
        {
            FluentActions.Invoking(() => Validity.Create(notBefore: D("2023"), notAfter: D("2022"))).Should().Throw<ArgumentException>().WithMessage("*ends (2022) before it starts (2023)*");
            FluentActions.Invoking(() => Validity.Create(from: D("2020"), isEvent: true)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("event");
            FluentActions.Invoking(() => Validity.Create(approximate: true)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("approximate");
            FluentActions.Invoking(() => Validity.Create(notAfter: D("2020"), observed: new[] { D("2021") })).Should().Throw<ArgumentException>().WithMessage("*observed date 2021 is outside its bounds*");
            Validity.TryCreate(D("2020"), null, null, null, null, null, false, true, false, out _, out string field, out _).Should().BeFalse();
            field.Should().Be("time");
        }

        [Test]
        public void HoldsAsOf_IsHoldsOrMayHold()
        {
            Validity.Unknown.HoldsAsOf(D("1995")).Should().BeTrue();
            Validity.Create(notAfter: D("2020")).HoldsAsOf(D("2021")).Should().BeFalse();
            Validity.Since(D("2020")).HoldsAsOf(D("2019")).Should().BeFalse();
        }
    }
}
