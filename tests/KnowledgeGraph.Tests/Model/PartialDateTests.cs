using System;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Model
{
    public class PartialDateTests
    {
        [TestCase("1999", 1999, null, null, DatePrecision.Year)]
        [TestCase("2022-12", 2022, 12, null, DatePrecision.Month)]
        [TestCase("2023-02-25", 2023, 2, 25, DatePrecision.Day)]
        public void Parse_KeepsPrecision(string text, int year, int? month, int? day, DatePrecision precision)
        {
            PartialDate d = PartialDate.Parse(text);
            d.Year.Should().Be(year);
            d.Month.Should().Be(month);
            d.Day.Should().Be(day);
            d.Precision.Should().Be(precision);
            d.ToString().Should().Be(text);
        }

        [TestCase("2023-13-01", "month 13")]
        [TestCase("2023-02-30", "has no day 30")]
        [TestCase("2023-00", "start at 01")]
        [TestCase("23-01-01", "YYYY")]
        [TestCase("2023/01/01", "YYYY")]
        [TestCase("", "YYYY")]
        public void Parse_Invalid_SaysWhy(string text, string reason)
        {
            PartialDate.TryParse(text, out _, out string? error).Should().BeFalse();
            error.Should().Contain(reason);
            FluentActions.Invoking(() => PartialDate.Parse(text)).Should().Throw<FormatException>();
        }

        [Test]
        public void Period_CoversWholeMonthOrYear()
        {
            PartialDate.Parse("2024-02").LastDay.Should().Be(new DateTime(2024, 2, 29));
            PartialDate.Parse("2022").FirstDay.Should().Be(new DateTime(2022, 1, 1));
            PartialDate.Parse("2022").LastDay.Should().Be(new DateTime(2022, 12, 31));
        }

        [Test]
        public void CompareTo_OrdersByStartThenCoarserFirst()
        {
            var dates = new[] { "2022-12-21", "2023", "2022-12", "2022", "2022-01-01", "2022-01" }.Select(PartialDate.Parse).ToList();
            dates.Sort();
            dates.Select(d => d.ToString()).Should().Equal("2022", "2022-01", "2022-01-01", "2022-12", "2022-12-21", "2023");
        }

        [Test]
        public void Equality_DependsOnPrecision()
        {
            PartialDate.Parse("2022").Should().NotBe(PartialDate.Parse("2022-01"));
            PartialDate.Parse("2022-01").Should().Be(new PartialDate(2022, 1));
        }
    }
}
