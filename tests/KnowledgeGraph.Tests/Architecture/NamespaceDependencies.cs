using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace KnowledgeGraph.Tests.Architecture
{
    /// <summary>
    /// Reads which namespaces each namespace of an assembly uses, from the compiled types: base types, interfaces,
    /// fields, signatures, attributes, locals, and every type, method and field token in the method bodies' IL.
    /// </summary>
    /// <remarks>Nested and compiler-generated types (lambdas, iterators) count for the namespace of their outermost type.</remarks>
    internal static class NamespaceDependencies
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        /// <summary>Reads the dependencies between the namespaces of <paramref name="assembly"/> that start with <paramref name="prefix"/>.</summary>
        /// <param name="assembly">The assembly.</param>
        /// <param name="prefix">Only namespaces equal to it or below it are read and reported.</param>
        /// <param name="unitTypes">Full names of types that count as units of their own rather than with their namespace (entry points placed in a layer other than their namespace's), or <c>null</c>.</param>
        /// <returns>For each namespace (or unit type), the namespaces and unit types it uses (itself excluded), each with one example of the use.</returns>
        public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Of(Assembly assembly, string prefix, IEnumerable<string>? unitTypes = null)
        {
            var units = new HashSet<string>(unitTypes ?? Array.Empty<string>(), StringComparer.Ordinal);
            var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (Type type in assembly.GetTypes())
            {
                string? from = UnitOf(type, units);
                if (from == null || !Within(from, prefix))
                {
                    continue;
                }

                if (!result.TryGetValue(from, out Dictionary<string, string>? uses))
                {
                    uses = new Dictionary<string, string>(StringComparer.Ordinal);
                    result.Add(from, uses);
                }

                void Use(Type? used, string where) => Add(uses, from, used, prefix, units, type.FullName + where);

                Use(type.BaseType, " (base type)");
                foreach (Type i in type.GetInterfaces())
                {
                    Use(i, " (interface)");
                }

                UseAttributes(type.CustomAttributes, Use, string.Empty);
                foreach (FieldInfo f in type.GetFields(All))
                {
                    Use(f.FieldType, "." + f.Name);
                    UseAttributes(f.CustomAttributes, Use, "." + f.Name);
                }

                foreach (PropertyInfo p in type.GetProperties(All))
                {
                    Use(p.PropertyType, "." + p.Name);
                    UseAttributes(p.CustomAttributes, Use, "." + p.Name);
                }

                foreach (EventInfo e in type.GetEvents(All))
                {
                    Use(e.EventHandlerType, "." + e.Name);
                }

                foreach (MethodBase m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
                {
                    string where = "." + m.Name;
                    UseAttributes(m.CustomAttributes, Use, where);
                    if (m is MethodInfo mi)
                    {
                        Use(mi.ReturnType, where);
                    }

                    foreach (ParameterInfo p in m.GetParameters())
                    {
                        Use(p.ParameterType, where);
                    }

                    MethodBody? body = m.GetMethodBody();
                    if (body == null)
                    {
                        continue;
                    }

                    foreach (LocalVariableInfo local in body.LocalVariables)
                    {
                        Use(local.LocalType, where);
                    }

                    byte[]? il = body.GetILAsByteArray();
                    if (il != null)
                    {
                        UseTokens(m, il, Use, where);
                    }
                }
            }

            return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, string>)kv.Value, StringComparer.Ordinal);
        }

        /// <summary>Gets whether <paramref name="ns"/> is <paramref name="prefix"/> or a namespace below it.</summary>
        public static bool Within(string ns, string prefix) =>
            string.Equals(ns, prefix, StringComparison.Ordinal) || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

        private static void UseAttributes(IEnumerable<CustomAttributeData> attributes, Action<Type?, string> use, string where)
        {
            foreach (CustomAttributeData a in attributes)
            {
                use(a.AttributeType, where + " [attribute]");
                foreach (CustomAttributeTypedArgument arg in a.ConstructorArguments)
                {
                    if (arg.Value is Type t)
                    {
                        use(t, where + " [attribute argument]");
                    }
                }
            }
        }

        private static void UseTokens(MethodBase method, byte[] il, Action<Type?, string> use, string where)
        {
            Module module = method.Module;
            Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
            Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
            int i = 0;
            while (i < il.Length)
            {
                short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
                i += il[i] == 0xFE ? 2 : 1;
                if (!OpCodesByValue.TryGetValue(value, out OpCode op))
                {
                    throw new InvalidOperationException($"Unknown IL opcode 0x{value:X} in {method.DeclaringType?.FullName}.{method.Name}.");
                }

                switch (op.OperandType)
                {
                    case OperandType.InlineType:
                    case OperandType.InlineMethod:
                    case OperandType.InlineField:
                    case OperandType.InlineTok:
                        MemberInfo? member = module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                        UseMember(member, use, where);
                        i += 4;
                        break;
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        i += 1;
                        break;
                    case OperandType.InlineVar:
                        i += 2;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        i += 8;
                        break;
                    case OperandType.InlineSwitch:
                        i += 4 + (4 * BitConverter.ToInt32(il, i));
                        break;
                    default:
                        i += 4;
                        break;
                }
            }
        }

        private static void UseMember(MemberInfo? member, Action<Type?, string> use, string where)
        {
            switch (member)
            {
                case Type t:
                    use(t, where);
                    break;
                case FieldInfo f:
                    use(f.DeclaringType, where);
                    use(f.FieldType, where);
                    break;
                case MethodInfo m:
                    use(m.DeclaringType, where);
                    use(m.ReturnType, where);
                    foreach (Type a in m.IsGenericMethod ? m.GetGenericArguments() : Type.EmptyTypes)
                    {
                        use(a, where);
                    }

                    break;
                case MethodBase c:
                    use(c.DeclaringType, where);
                    break;
            }
        }

        private static void Add(Dictionary<string, string> uses, string from, Type? used, string prefix, HashSet<string> units, string where)
        {
            if (used == null || used.IsGenericParameter)
            {
                return;
            }

            if (used.HasElementType)
            {
                Add(uses, from, used.GetElementType(), prefix, units, where);
                return;
            }

            if (used.IsGenericType && !used.IsGenericTypeDefinition)
            {
                foreach (Type a in used.GetGenericArguments())
                {
                    Add(uses, from, a, prefix, units, where);
                }

                used = used.GetGenericTypeDefinition();
            }

            string? to = UnitOf(used, units);
            if (to != null && to != from && Within(to, prefix) && !uses.ContainsKey(to))
            {
                uses.Add(to, where + " uses " + used.FullName);
            }
        }

        private static string? UnitOf(Type type, HashSet<string> units)
        {
            while (type.DeclaringType != null)
            {
                type = type.DeclaringType;
            }

            return type.FullName != null && units.Contains(type.FullName) ? type.FullName : type.Namespace;
        }
    }
}
