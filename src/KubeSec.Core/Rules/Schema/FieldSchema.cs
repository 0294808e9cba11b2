using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace KubeSec.Rules.Schema;

/// <summary>What a field's value must look like, as read from one code of the field table.</summary>
internal sealed class FieldType
{
    private FieldType(FieldShape shape, FieldType? element = null, string? typeName = null)
    {
        Shape = shape;
        Element = element;
        TypeName = typeName;
    }

    public FieldShape Shape { get; }

    /// <summary>The element of a list or the value of a map.</summary>
    public FieldType? Element { get; }

    /// <summary>The type of an object field (a k8s.Models type name, e.g. <c>V1Container</c>).</summary>
    public string? TypeName { get; }

    public static FieldType Parse(string code)
    {
        switch (code)
        {
            case "s": return new FieldType(FieldShape.String);
            case "i": return new FieldType(FieldShape.Integer);
            case "f": return new FieldType(FieldShape.Number);
            case "b": return new FieldType(FieldShape.Boolean);
            case "q": return new FieldType(FieldShape.Quantity);
            case "x": return new FieldType(FieldShape.IntOrString);
            case "*": return new FieldType(FieldShape.Any);
        }

        return code[0] switch
        {
            '[' => new FieldType(FieldShape.List, Parse(code.Substring(1))),
            '{' => new FieldType(FieldShape.Map, Parse(code.Substring(1))),
            _ => new FieldType(FieldShape.Object, typeName: code),
        };
    }
}

internal enum FieldShape
{
    String,
    Integer,
    Number,
    Boolean,
    Quantity,
    IntOrString,
    Any,
    List,
    Map,
    Object,
}

/// <summary>
/// The fields of the built-in kinds, from the table generated out of KubernetesClient's models
/// (<c>k8s-fields.txt</c>, embedded). Loaded once, on first use, so scans without built-in kinds pay nothing.
/// </summary>
internal sealed class FieldSchema
{
    private static readonly Lazy<FieldSchema> Shared = new(Load);

    private readonly Dictionary<string, string> _rootTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, FieldType>> _types = new(StringComparer.Ordinal);

    public static FieldSchema Instance => Shared.Value;

    /// <summary>The type of a root kind, or null for kinds the table does not know (CRDs, removed versions).</summary>
    public string? RootType(string apiVersion, string kind) =>
        _rootTypes.TryGetValue(apiVersion + " " + kind, out var type) ? type : null;

    /// <summary>The fields of a type by JSON name, or null when the table does not have it.</summary>
    public IReadOnlyDictionary<string, FieldType>? Fields(string typeName) =>
        _types.TryGetValue(typeName, out var fields) ? fields : null;

    private static FieldSchema Load()
    {
        var schema = new FieldSchema();
        using var stream = typeof(FieldSchema).Assembly.GetManifestResourceStream("schema/k8s-fields.txt")
            ?? throw new InvalidOperationException("The embedded field table schema/k8s-fields.txt is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Dictionary<string, FieldType>? current = null;
        var parsed = new Dictionary<string, FieldType>(StringComparer.Ordinal); // codes repeat a lot: parse each once
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            if (parts[0] == "K" && parts.Length == 4)
            {
                schema._rootTypes[parts[1] + " " + parts[2]] = parts[3];
            }
            else if (parts[0] == "T" && parts.Length == 2)
            {
                schema._types[parts[1]] = current = new Dictionary<string, FieldType>(StringComparer.Ordinal);
            }
            else if (parts.Length == 2 && current is not null)
            {
                if (!parsed.TryGetValue(parts[1], out var type))
                {
                    parsed[parts[1]] = type = FieldType.Parse(parts[1]);
                }

                current[parts[0]] = type;
            }
        }

        return schema;
    }
}
