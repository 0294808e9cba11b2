using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace KubeSec.SchemaGen;

/// <summary>
/// Reflects KubernetesClient's <c>k8s.Models</c> into the compact text table the engine ships
/// (format described in the table's header). Only types reachable from a root kind are written, and
/// a root kind's <c>status</c> is written as free-form: manifests do not set it and the server drops it.
/// </summary>
public static class FieldTable
{
    public static string Generate()
    {
        var assembly = typeof(V1Pod).Assembly;
        var roots = assembly.GetExportedTypes()
            .Select(type => (type, entity: type.GetCustomAttribute<KubernetesEntityAttribute>()))
            .Where(pair => pair.entity is not null && !pair.type.Name.EndsWith("List", StringComparison.Ordinal) && pair.type.Namespace == "k8s.Models")
            .Select(pair => (apiVersion: string.IsNullOrEmpty(pair.entity!.Group) ? pair.entity.ApiVersion : pair.entity.Group + "/" + pair.entity.ApiVersion, kind: pair.entity.Kind, pair.type))
            .OrderBy(root => root.apiVersion, StringComparer.Ordinal).ThenBy(root => root.kind, StringComparer.Ordinal)
            .ToList();

        var output = new StringBuilder();
        output.Append("# Field table of the built-in Kubernetes kinds, generated from KubernetesClient ")
            .Append(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?")
            .Append(" (k8s.Models) by src/KubeSec.SchemaGen: do not edit by hand.\n")
            .Append("# K <apiVersion> <kind> <type>: a root kind. T <type>: a type; the lines after it are its fields, <jsonName> <code>.\n")
            .Append("# Codes: s string, i integer, f number, b boolean, q quantity (string or number), x int-or-string, * free-form,\n")
            .Append("# [<code> list of, {<code> map of string to, anything else a type name.\n");
        foreach (var root in roots)
        {
            output.Append("K ").Append(root.apiVersion).Append(' ').Append(root.kind).Append(' ').Append(root.type.Name).Append('\n');
        }

        var rootTypes = new HashSet<Type>(roots.Select(root => root.type));
        var pending = new Queue<Type>(roots.Select(root => root.type).Distinct());
        var seen = new HashSet<Type>(pending);
        var written = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            var fields = new StringBuilder();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => JsonName(p), StringComparer.Ordinal))
            {
                var name = JsonName(property);
                if (name is null)
                {
                    continue;
                }

                var code = rootTypes.Contains(type) && name == "status" ? "*" : Code(property.PropertyType, referenced =>
                {
                    if (seen.Add(referenced))
                    {
                        pending.Enqueue(referenced);
                    }
                });
                fields.Append(name).Append(' ').Append(code).Append('\n');
            }

            written[type.Name] = fields.ToString();
        }

        foreach (var pair in written)
        {
            output.Append("T ").Append(pair.Key).Append('\n').Append(pair.Value);
        }

        return output.ToString();
    }

    private static string? JsonName(PropertyInfo property) => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;

    private static string Code(Type type, Action<Type> reference)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(byte[]) || type.IsEnum)
        {
            return "s";
        }

        if (type == typeof(bool))
        {
            return "b";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(uint) || type == typeof(ulong))
        {
            return "i";
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return "f";
        }

        if (type == typeof(ResourceQuantity))
        {
            return "q";
        }

        if (type == typeof(IntOrString))
        {
            return "x";
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (arguments.Length == 2 && (definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
            {
                return "{" + Code(arguments[1], reference);
            }

            if (arguments.Length == 1 && (definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(ICollection<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)))
            {
                return "[" + Code(arguments[0], reference);
            }
        }

        if (type.IsClass && type.Namespace == "k8s.Models" && type.GetProperties().Any(p => JsonName(p) is not null))
        {
            reference(type);
            return type.Name;
        }

        // object, JsonElement, RawExtension-like holders: anything goes.
        return "*";
    }
}
