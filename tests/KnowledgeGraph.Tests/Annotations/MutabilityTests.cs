using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using KnowledgeGraph.Algorithms.Centrality;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Formats.Dot;
using KnowledgeGraph.Tests.Annotations.Fixtures;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Annotations
{
    /// <summary>Every public class and struct declares [Immutable] or [Mutable] (as NodaTime's MutabilityTest checks), and an immutable one has no public setter and no writable public field.</summary>
    public class MutabilityTests
    {
        private const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private static IEnumerable<Type> DeclaringTypes() => typeof(Graph).Assembly.GetExportedTypes()
            .Where(t => (t.IsClass || (t.IsValueType && !t.IsEnum)) && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t)
                && !typeof(Exception).IsAssignableFrom(t) && !typeof(Attribute).IsAssignableFrom(t));

        /// <summary>Says which of the two the type declares: "immutable", "mutable", or what is wrong.</summary>
        internal static string Declaration(Type type)
        {
            bool immutable = type.IsDefined(typeof(ImmutableAttribute), false);
            bool mutable = type.IsDefined(typeof(MutableAttribute), false);
            return immutable && mutable ? "both" : immutable ? "immutable" : mutable ? "mutable" : "neither";
        }

        /// <summary>Lists the public members that let a caller change a value of the type: setters (not <c>init</c>) and writable fields, instance or static.</summary>
        internal static IReadOnlyList<string> Mutators(Type type) =>
            type.GetProperties(Members).Where(p => p.SetMethod is { IsPublic: true } set && !IsInitOnly(set)).Select(p => $"{type.Name}.{p.Name} has a public setter")
                .Concat(type.GetFields(Members).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => $"{type.Name}.{f.Name} is a writable field"))
                .ToList();

        private static bool IsInitOnly(MethodInfo setter) =>
            setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

        [Test]
        public void PublicTypes_DeclareImmutableOrMutable()
        {
            Type[] types = DeclaringTypes().ToArray();

            types.Length.Should().BeGreaterThan(50);
            types.Where(t => Declaration(t) is "neither" or "both").Select(t => t.FullName).Should().BeEmpty();
        }

        [Test]
        public void ImmutableTypes_HaveNoPublicSetterOrWritableField()
        {
            DeclaringTypes().Where(t => Declaration(t) == "immutable").SelectMany(Mutators).Should().BeEmpty();
        }

        [Test]
        public void Options_AreImmutable_AndCopiedWithChanges()
        {
            Type[] options = DeclaringTypes().Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) || t.Name == "ExposureRule").ToArray();

            options.Length.Should().BeGreaterThanOrEqualTo(12);
            options.Select(t => (t.Name, Declaration(t))).Where(x => x.Item2 != "immutable").Should().BeEmpty();
            DotOptions changed = DotOptions.Default with { Legend = false };
            changed.Legend.Should().BeFalse();
            DotOptions.Default.Legend.Should().BeTrue("a shared default cannot be changed");
            new CentralityOptions { Seed = 7 }.Seed.Should().Be(7);
        }

        [Test]
        public void Check_FindsTheUndeclared_AndTheSetterOfADeclaredImmutableType()
        {
            Declaration(typeof(Undeclared)).Should().Be("neither");
            Declaration(typeof(DeclaredImmutableWithSetter)).Should().Be("immutable");
            Mutators(typeof(DeclaredImmutableWithSetter)).Should().BeEquivalentTo(
                "DeclaredImmutableWithSetter.Name has a public setter", "DeclaredImmutableWithSetter.Count is a writable field");
        }
    }
}
