using System;
using FluentAssertions;
using KnowledgeGraph.Text;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Text
{
    public class SuggestionsTests
    {
        [Test]
        public void Closest_TypoAndSwap_BestFirst()
        {
            Suggestions.Closest("shwo", new[] { "search", "show", "path" }).Should().Equal("show");
            Suggestions.Closest("--formt", new[] { "--format", "--graph", "--output" }).Should().Equal("--format");
            Suggestions.Closest("pagerank", new[] { "pagerank", "degree" }).Should().BeEmpty("an exact match is not a suggestion");
            Suggestions.Closest("zzz", new[] { "show", "path" }).Should().BeEmpty();
        }

        [Test]
        public void DidYouMean_Formats()
        {
            Suggestions.DidYouMean(new[] { "a", "b" }).Should().Be(" Did you mean 'a' or 'b'?");
            Suggestions.DidYouMean(Array.Empty<string>()).Should().BeEmpty();
        }

        [Test]
        public void GetEntity_Mistyped_ExceptionSuggests()
        {
            Graph g = CuratedGraphs.UnionState;
            Action act = () => g.GetEntity("Lukashenkp");
            act.Should().Throw<EntityNotFoundException>().Where(e => e.Suggestions[0] == "lukashenka" && e.Message.Contains("Did you mean 'lukashenka'") && e.Key == "Lukashenkp");
            Action resolve = () => g.ResolveEntity("Интегрл");
            resolve.Should().Throw<EntityNotFoundException>().Where(e => e.Suggestions[0] == "integral");
        }

        [Test]
        public void UnknownKind_Suggests()
        {
            Action act = () => Vocabulary.Default.GetKind("Compnay");
            act.Should().Throw<UnknownKindException>().WithMessage("'Compnay' is not an entity kind. Did you mean 'Company'?*");
            Action type = () => Vocabulary.Default.GetRelationType("SUPLIES");
            type.Should().Throw<UnknownRelationTypeException>().WithMessage("*Did you mean 'SUPPLIES'?*");
        }
    }
}
