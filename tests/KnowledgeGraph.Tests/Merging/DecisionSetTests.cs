using System;
using System.IO;
using FluentAssertions;
using KnowledgeGraph.Merging;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Merging
{
    public class DecisionSetTests
    {
        private static readonly DateTimeOffset At = new DateTimeOffset(2026, 11, 30, 19, 50, 0, TimeSpan.Zero);

        [Test]
        public void RoundTrip_File_IsByteIdentical_AndOrderFree()
        {
            var a = new MatchDecision("wiki:q7747", "curated:putin", Judgement.Same, "ana", At.AddMilliseconds(400), "shared Q-id");
            var b = new MatchDecision("curated:lukashenka", "wiki:q2", Judgement.Different, "bo", At);
            var c = new MatchDecision("curated:russia", "wiki:q159", Judgement.Unsure, "ana", At.ToOffset(TimeSpan.FromHours(3)));
            DecisionSet one = DecisionSet.Empty.With(a).With(b).With(c);
            DecisionSet other = DecisionSet.Of(new[] { c, b, a });
            string path = Path.Combine(Path.GetTempPath(), "kg-decisions-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                one.Save(path);
                DecisionSet loaded = DecisionSet.Load(path);

                loaded.ToJson().Should().Be(File.ReadAllText(path)).And.Be(other.ToJson());
                loaded.Count.Should().Be(3);
                MatchDecision putin = loaded.Find("wiki:q7747", "curated:putin")!;
                (putin.Left, putin.Right, putin.Judgement, putin.DecidedBy, putin.DecidedAt, putin.Note).Should().Be(("curated:putin", "wiki:q7747", Judgement.Same, "ana", At, "shared Q-id"));
                loaded.Find("curated:russia", "wiki:q159")!.DecidedAt.Offset.Should().Be(TimeSpan.Zero);
                File.ReadAllText(path).Should().Contain("\"at\": \"2026-11-30T19:50:00Z\"").And.NotContain("\r");
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Test]
        public void With_LaterDecisionOnThePair_ReplacesTheEarlier()
        {
            DecisionSet set = DecisionSet.Empty
                .With(new MatchDecision("a:x", "b:y", Judgement.Unsure, "ana", At))
                .With(new MatchDecision("b:y", "a:x", Judgement.Different, "bo", At.AddHours(1)));

            set.Count.Should().Be(1);
            set.Find("a:x", "b:y")!.Judgement.Should().Be(Judgement.Different);
        }

        [Test]
        public void Load_MissingFile_IsEmpty()
        {
            DecisionSet.Load(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".json")).Count.Should().Be(0);
        }

        [TestCase("{ \"format\": \"knowledge-graph/2\" }", "d.json:1:31: error KG0003")]
        [TestCase("{ \"format\": \"knowledge-graph-decisions/1\", \"decisions\": [ { \"left\": \"a:x\", \"right\": \"b:y\", \"judgement\": \"maybe\", \"by\": \"ana\", \"at\": \"2026-11-30T19:50:00Z\" } ] }", "d.json:1:111: error KG0013: The judgement 'maybe'")]
        [TestCase("{ \"format\": \"knowledge-graph-decisions/1\", \"decisions\": [ { \"left\": \"ax\", \"right\": \"b:y\", \"judgement\": \"same\", \"by\": \"ana\", \"at\": \"2026-11-30T19:50:00Z\" } ] }", "'ax' is not an entity reference")]
        [TestCase("{ \"format\": \"knowledge-graph-decisions/1\", \"decisions\": [ { \"left\": \"a:x\", \"right\": \"b:y\", \"judgement\": \"same\", \"by\": \"ana\", \"at\": \"yesterday\" } ] }", "The time 'yesterday'")]
        [TestCase("{ \"format\": \"knowledge-graph-decisions/1\", \"decisions\": [ ", "d.json:1:")]
        public void Parse_BadFile_NamesLineAndColumn(string json, string expected)
        {
            FluentActions.Invoking(() => DecisionSet.Parse(json, "d.json")).Should().Throw<GraphValidationException>()
                .Which.Errors[0].ToString().Should().Contain(expected);
        }

        [Test]
        public void Parse_SamePairTwice_IsAnError()
        {
            string item = "{ \"left\": \"a:x\", \"right\": \"b:y\", \"judgement\": \"same\", \"by\": \"ana\", \"at\": \"2026-11-30T19:50:00Z\" }";
            string swapped = "{ \"left\": \"b:y\", \"right\": \"a:x\", \"judgement\": \"different\", \"by\": \"ana\", \"at\": \"2026-11-30T19:50:00Z\" }";
            FluentActions.Invoking(() => DecisionSet.Parse("{ \"format\": \"knowledge-graph-decisions/1\", \"decisions\": [ " + item + ", " + swapped + " ] }", "d.json"))
                .Should().Throw<GraphValidationException>().Which.Message.Should().Contain("decided twice");
        }
    }
}
