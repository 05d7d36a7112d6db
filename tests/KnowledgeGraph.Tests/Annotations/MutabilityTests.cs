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

        /// <summary>
        /// Collection properties of option types that are still mutable lists, because the documented way to fill them is a
        /// collection initializer (<c>new WhatIfOptions { Between = { "russia" } }</c>), which adds to the list the object
        /// was made with; making it read-only would break that code at run time. Listed here so that no new one appears.
        /// </summary>
        private static readonly HashSet<string> KnownMutableValues = new HashSet<string> { "WhatIfOptions.Between" };

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

        /// <summary>Whether a collection property of an option type keeps a copy that cannot be changed (set through its init accessor, read back).</summary>
        private static bool KeepsReadOnlyCopy(Type options, PropertyInfo p)
        {
            ConstructorInfo? make = options.GetConstructor(Type.EmptyTypes);
            object? given = p.PropertyType.IsAssignableFrom(typeof(HashSet<string>)) ? new HashSet<string> { "a" }
                : p.PropertyType.IsAssignableFrom(typeof(List<string>)) ? new List<string> { "a" } : null;
            if (make == null || given == null || p.SetMethod == null)
            {
                return false;
            }

            object o = make.Invoke(null);
            p.SetMethod.Invoke(o, new[] { given });
            ((ICollection<string>)given).Add("b");
            return p.GetValue(o) is ICollection<string> { IsReadOnly: true } kept && !ReferenceEquals(kept, given) && kept.Count == 1;
        }

        private static bool MutableValue(Type type) =>
            type.IsArray
            || (type != typeof(string) && type.GetInterfaces().Concat(type.IsInterface ? new[] { type } : Type.EmptyTypes).Any(i =>
                i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICollection<>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
                || i == typeof(System.Collections.IList) || i == typeof(System.Collections.IDictionary)));

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
        public void Options_HoldNoMutableValues_AndShareNoMutableDefault()
        {
            // An immutable option type whose property is a List, a set, a dictionary or an array could still be changed
            // through it, and a shared default (DotOptions.Default, FormatWriteOptions.Default...) with it.
            Type[] options = DeclaringTypes().Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) || t.Name == "ExposureRule").ToArray();
            var problems = new List<string>();
            foreach (Type t in options)
            {
                foreach (PropertyInfo p in t.GetProperties(Members))
                {
                    if (MutableValue(p.PropertyType) && !KeepsReadOnlyCopy(t, p) && !KnownMutableValues.Contains(t.Name + "." + p.Name))
                    {
                        problems.Add($"{t.Name}.{p.Name} is a {p.PropertyType.Name}, which can be changed in place");
                    }

                    if (p.GetMethod!.IsStatic && p.PropertyType == t && p.SetMethod is { IsPublic: true })
                    {
                        problems.Add($"{t.Name}.{p.Name} is a shared default that can be replaced");
                    }
                }
            }

            problems.Should().BeEmpty();
            MutableValue(typeof(List<string>)).Should().BeTrue("the check finds a list");
            MutableValue(typeof(string[])).Should().BeTrue("the check finds an array");
            MutableValue(typeof(ISet<string>)).Should().BeTrue("the check finds a set");
            MutableValue(typeof(IReadOnlyCollection<string>)).Should().BeFalse("a read-only view is not a mutable value");
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
