using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KubeSec.Manifests;
using KubeSec.Yaml;

namespace KubeSec.Rules.Schema;

internal enum SchemaProblemKind
{
    UnknownField,
    WrongType,
}

/// <summary>One place where an object does not match the schema of its kind.</summary>
internal sealed class SchemaProblem
{
    public SchemaProblem(SchemaProblemKind kind, YamlNode node, string path, string message)
    {
        Kind = kind;
        Node = node;
        Path = path;
        Message = message;
    }

    public SchemaProblemKind Kind { get; }

    /// <summary>The unknown key, or the value of the wrong type.</summary>
    public YamlNode Node { get; }

    public string Path { get; }

    public string Message { get; }
}

/// <summary>
/// Walks a built-in object against the field table once and remembers the problems, so the
/// unknown-field and wrong-type rules share one walk per object. Objects of kinds the table does not
/// know (custom resources, removed apiVersions) are skipped; free-form fields (<c>RawExtension</c>,
/// JSON schema defaults, a root's <c>status</c>) are not looked into.
/// </summary>
internal static class SchemaCheck
{
    private static readonly ConditionalWeakTable<KubernetesObject, IReadOnlyList<SchemaProblem>> Cache = new();
    private static readonly Regex TypePrefix = new("^V[0-9]+((alpha|beta)[0-9]+)?(?=[A-Z])", RegexOptions.CultureInvariant);

    public static IReadOnlyList<SchemaProblem> Problems(KubernetesObject obj) => Cache.GetValue(obj, Walk);

    private static IReadOnlyList<SchemaProblem> Walk(KubernetesObject obj)
    {
        var schema = FieldSchema.Instance;
        var rootType = schema.RootType(obj.ApiVersion, obj.Kind);
        var problems = new List<SchemaProblem>();
        if (rootType is not null)
        {
            new Walker(schema, obj, problems).Object(obj.Root, rootType, obj.PathPrefix.TrimEnd('.'));
        }

        return problems;
    }

    /// <summary><c>V1Container</c> → <c>Container</c>: the name the API reference uses.</summary>
    internal static string Friendly(string typeName) => TypePrefix.Replace(typeName, string.Empty);

    private sealed class Walker
    {
        private readonly FieldSchema _schema;
        private readonly KubernetesObject _obj;
        private readonly List<SchemaProblem> _problems;

        public Walker(FieldSchema schema, KubernetesObject obj, List<SchemaProblem> problems)
        {
            _schema = schema;
            _obj = obj;
            _problems = problems;
        }

        public void Object(YamlNode node, string typeName, string path)
        {
            var fields = _schema.Fields(typeName);
            if (fields is null)
            {
                return;
            }

            foreach (var entry in node.Entries)
            {
                if (entry.Key.Kind != YamlNodeKind.Scalar || entry.Key.Value is not { } name)
                {
                    continue;
                }

                var fieldPath = Join(path, name);
                if (fields.TryGetValue(name, out var type))
                {
                    Value(entry.Value, type, fieldPath);
                    continue;
                }

                if (name.StartsWith("$", StringComparison.Ordinal))
                {
                    continue; // strategic-merge-patch directives ($patch, $retainKeys, $setElementOrder/...) of kustomize patches
                }

                var where = path.Length == 0 ? "at the top level" : "in " + path;
                var suggestion = Closest(name, fields.Keys);
                var fix = suggestion is not null ? "did you mean '" + suggestion + "'?"
                    : fields.Count <= 10 ? "remove it or use one of its fields (" + string.Join(", ", SortedNames(fields.Keys)) + ")."
                    : "remove it or move it to where it belongs.";
                _problems.Add(new SchemaProblem(SchemaProblemKind.UnknownField, entry.Key, fieldPath,
                    _obj.Describe() + " sets '" + name + "' " + where + ", which is not a field of " + Friendly(typeName) +
                    ", so the API server rejects it or the setting is silently dropped: " + fix));
            }
        }

        private void Value(YamlNode node, FieldType type, string path)
        {
            if (node.IsNull || type.Shape == FieldShape.Any)
            {
                return;
            }

            switch (type.Shape)
            {
                case FieldShape.Object:
                    if (node.IsMapping)
                    {
                        Object(node, type.TypeName!, path);
                    }
                    else
                    {
                        Wrong(node, path, "an object (a mapping of fields)", "write its fields on indented lines below the key");
                    }

                    return;
                case FieldShape.List:
                    if (!node.IsSequence)
                    {
                        Wrong(node, path, "a list", "write each item on its own '- ' line");
                        return;
                    }

                    for (var i = 0; i < node.Items.Count; i++)
                    {
                        var item = node.Items[i];
                        Value(item, type.Element!, path + "[" + (item["name"]?.AsString() ?? i.ToString(CultureInfo.InvariantCulture)) + "]");
                    }

                    return;
                case FieldShape.Map:
                    if (!node.IsMapping)
                    {
                        Wrong(node, path, "a mapping of keys to values", "write one 'key: value' per line below it");
                        return;
                    }

                    foreach (var entry in node.Entries)
                    {
                        Value(entry.Value, type.Element!, Join(path, entry.Key.Value ?? "?"));
                    }

                    return;
            }

            if (!node.IsScalar)
            {
                Wrong(node, path, Expected(type.Shape), "give a single value");
                return;
            }

            // The value as kubectl reads it (go-yaml v2: 0x1F, 017 and 1_000 are integers, yes is a boolean,
            // tags are honoured); a value kubectl cannot decode at all is KS0001's to report.
            var scalar = node.Scalar.Type;
            if (scalar == YamlScalarType.Invalid)
            {
                return;
            }

            var isBoolean = scalar == YamlScalarType.Boolean;
            var isNumber = scalar is YamlScalarType.Integer or YamlScalarType.Float;
            switch (type.Shape)
            {
                case FieldShape.String:
                    if (isBoolean || isNumber)
                    {
                        Wrong(node, path, "a string", "quote it (\"" + QuotedText.Prefix(node.Value) + "\")", isBoolean ? "a boolean" : "a number");
                    }

                    return;
                case FieldShape.Integer:
                    // A float with no fraction (1.0, 1e3) reaches the API server as a whole number; 1.5 does not.
                    if (node.AsInteger() is null)
                    {
                        Wrong(node, path, "an integer", node.IsPlain ? "give a whole number" : "write the number without quotes");
                    }

                    return;
                case FieldShape.Number:
                    if (!isNumber)
                    {
                        Wrong(node, path, "a number", node.IsPlain ? "give a number" : "write the number without quotes");
                    }

                    return;
                case FieldShape.Boolean:
                    if (!isBoolean)
                    {
                        Wrong(node, path, "a boolean", node.IsPlain ? "write true or false" : "write true or false without quotes");
                    }

                    return;
                case FieldShape.Quantity:
                case FieldShape.IntOrString:
                    if (isBoolean)
                    {
                        Wrong(node, path, Expected(type.Shape), "give a number or a quoted string", "a boolean");
                    }

                    return;
            }
        }

        private void Wrong(YamlNode node, string path, string expected, string fix, string? actual = null)
        {
            actual ??= node.Kind switch
            {
                YamlNodeKind.Mapping => "a mapping",
                YamlNodeKind.Sequence => "a list",
                _ => node.IsPlain ? "'" + QuotedText.Prefix(node.Value) + "'" : "the string \"" + QuotedText.Prefix(node.Value) + "\"",
            };
            _problems.Add(new SchemaProblem(SchemaProblemKind.WrongType, node, path,
                _obj.Describe() + " sets " + path + " to " + actual + ", but it must be " + expected + ", so the API server rejects the object: " + fix + "."));
        }

        private static string Expected(FieldShape shape) => shape switch
        {
            FieldShape.String => "a string",
            FieldShape.Integer => "an integer",
            FieldShape.Number => "a number",
            FieldShape.Boolean => "a boolean",
            FieldShape.Quantity => "a quantity (a number or a string such as \"500m\" or \"1Gi\")",
            FieldShape.IntOrString => "an integer or a string",
            _ => "a value",
        };

        private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
    }

    private static List<string> SortedNames(IEnumerable<string> names)
    {
        var sorted = new List<string>(names);
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>The known field nearest to <paramref name="name"/> by edit distance, when near enough to be a typo.</summary>
    internal static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, Math.Min(name.Length, best.Length) / 3) ? best : null;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
