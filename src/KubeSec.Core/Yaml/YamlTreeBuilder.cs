using System;
using System.Collections.Generic;
using System.IO;
using KubeSec.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeSec.Yaml;

/// <summary>
/// Reads a YAML stream into <see cref="YamlNode"/> trees from YamlDotNet's parser events, iteratively
/// (no recursion, so deep nesting cannot overflow the stack) and within fixed limits.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly YamlLimits _limits;
    private readonly List<YamlDocument> _documents = new();
    private readonly List<YamlProblem> _problems = new();

    private YamlTreeBuilder(YamlLimits limits) => _limits = limits;

    public static YamlStreamResult Build(string text, YamlLimits limits)
    {
        var builder = new YamlTreeBuilder(limits);
        text = builder.GuardFlowDepth(text);
        builder.ReadStream(text);
        return new YamlStreamResult(builder._documents, builder._problems);
    }

    private string GuardFlowDepth(string text)
    {
        for (var excess = FlowDepthGuard.FindExcess(text, _limits.MaxDepth); excess >= 0; excess = FlowDepthGuard.FindExcess(text, _limits.MaxDepth))
        {
            var position = PositionOf(text, excess);
            _problems.Add(new YamlProblem(YamlProblemKind.NestingTooDeep, position, DepthMessage()));
            text = FlowDepthGuard.BlankDocumentAround(text, excess);
        }

        return text;
    }

    private string DepthMessage() =>
        "nesting is deeper than " + _limits.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels";

    private static SourceRegion PositionOf(string text, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return SourceRegion.At(line, column);
    }

    private void ReadStream(string text)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        try
        {
            parser.Consume<StreamStart>();
            while (!parser.Accept<StreamEnd>(out _))
            {
                parser.Consume<DocumentStart>();
                var index = _documents.Count;
                try
                {
                    var root = ReadDocumentContent(parser);
                    _documents.Add(new YamlDocument(index, root));
                }
                catch (YamlLimitException limit)
                {
                    _problems.Add(new YamlProblem(limit.Kind, limit.Region, limit.Message));
                    _documents.Add(new YamlDocument(index, null));
                    SkipToDocumentEnd(parser);
                }

                parser.Consume<DocumentEnd>();
            }
        }
        catch (YamlException error)
        {
            var message = CleanMessage(error);
            var region = RegionOf(error.Start, error.End);
            if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstTabIndent(text, region.StartLine) is { } tab)
            {
                // YamlDotNet places tab errors at the start of the enclosing mapping; point at the tab itself.
                region = tab;
            }

            _problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, region, message));
        }
        catch (InvalidOperationException error)
        {
            // YamlDotNet 18.1 throws this on some malformed flow collections (e.g. "a: {b: c\nd: e}").
            var at = parser.Current is { } current ? RegionOf(current.Start, current.End) : SourceRegion.FileStart;
            _problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, at, "the YAML parser gave up after this point (" + error.Message.TrimEnd('.') + ")"));
        }
    }

    private YamlNode? ReadDocumentContent(IParser parser)
    {
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        long expanded = 0;

        while (true)
        {
            if (parser.Accept<DocumentEnd>(out _))
            {
                return root;
            }

            var parsingEvent = parser.Consume<ParsingEvent>();
            YamlNode? completed = null;
            switch (parsingEvent)
            {
                case Scalar scalar:
                    completed = new YamlNode(
                        YamlNodeKind.Scalar,
                        RegionOf(scalar.Start, scalar.End),
                        scalar.Value,
                        scalar.Style == ScalarStyle.Plain,
                        scalar.Tag.IsEmpty ? null : scalar.Tag.Value);
                    Remember(anchors, scalar.Anchor, completed);
                    expanded++;
                    break;

                case MappingStart mapping:
                    root = Open(stack, root, new YamlNode(YamlNodeKind.Mapping, RegionOf(mapping.Start, mapping.End), tag: mapping.Tag.IsEmpty ? null : mapping.Tag.Value), mapping.Anchor, mapping.Start);
                    expanded++;
                    continue;

                case SequenceStart sequence:
                    root = Open(stack, root, new YamlNode(YamlNodeKind.Sequence, RegionOf(sequence.Start, sequence.End), tag: sequence.Tag.IsEmpty ? null : sequence.Tag.Value), sequence.Anchor, sequence.Start);
                    expanded++;
                    continue;

                case MappingEnd:
                case SequenceEnd:
                    completed = Close(stack, anchors, parsingEvent.End);
                    break;

                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new SemanticErrorException(alias.Start, alias.End, "Alias *" + alias.Value.Value + " refers to no anchor defined before it.");
                    }

                    expanded += target.ExpandedSize;
                    if (expanded > _limits.MaxExpandedNodes)
                    {
                        throw new YamlLimitException(
                            YamlProblemKind.AliasExpansionTooLarge,
                            RegionOf(alias.Start, alias.End),
                            "aliases expand this document to more than " + _limits.MaxExpandedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " nodes (an alias bomb?)");
                    }

                    AttachAlias(stack, target);
                    if (stack.Count == 0)
                    {
                        root = target;
                    }

                    continue;

                default:
                    continue;
            }

            if (stack.Count == 0)
            {
                root ??= completed;
                continue;
            }

            if (completed is not null && completed.Kind == YamlNodeKind.Scalar)
            {
                Attach(stack.Peek(), completed);
            }
        }
    }

    private YamlNode? Open(Stack<Frame> stack, YamlNode? root, YamlNode node, AnchorName anchor, Mark start)
    {
        if (stack.Count >= _limits.MaxDepth)
        {
            throw new YamlLimitException(
                YamlProblemKind.NestingTooDeep,
                SourceRegion.At(RegionOf(start, start).StartLine, RegionOf(start, start).StartColumn),
                DepthMessage());
        }

        if (stack.Count > 0)
        {
            Attach(stack.Peek(), node);
        }
        else
        {
            root ??= node;
        }

        stack.Push(new Frame(node, anchor));
        return root;
    }

    private YamlNode Close(Stack<Frame> stack, Dictionary<string, YamlNode> anchors, Mark end)
    {
        var frame = stack.Pop();
        var node = frame.Node;
        if (node.Kind == YamlNodeKind.Mapping)
        {
            ApplyMergeKeys(node);
        }

        long size = 1;
        var lastEnd = node.Region;
        foreach (var child in Children(node))
        {
            size += child.ExpandedSize;
        }

        node.ExpandedSize = size;
        var last = LastChildRegion(node);
        node.Region = last is { } region
            ? new SourceRegion(lastEnd.StartLine, lastEnd.StartColumn, region.EndLine, region.EndColumn)
            : new SourceRegion(lastEnd.StartLine, lastEnd.StartColumn, RegionOf(end, end).StartLine, RegionOf(end, end).StartColumn);

        // Registered only once complete, so an alias inside its own anchor is an error, not a cycle.
        Remember(anchors, frame.Anchor, node);
        return node;
    }

    private static IEnumerable<YamlNode> Children(YamlNode node)
    {
        if (node.Kind == YamlNodeKind.Mapping)
        {
            foreach (var entry in node.Entries)
            {
                yield return entry.Key;
                yield return entry.Value;
            }
        }
        else
        {
            foreach (var item in node.Items)
            {
                yield return item;
            }
        }
    }

    private static SourceRegion? LastChildRegion(YamlNode node)
    {
        if (node.Kind == YamlNodeKind.Mapping && node.Entries.Count > 0)
        {
            var lastEntry = node.Entries[node.Entries.Count - 1];
            return Later(lastEntry.Key.Region, lastEntry.Value.Region);
        }

        if (node.Kind == YamlNodeKind.Sequence && node.Items.Count > 0)
        {
            return node.Items[node.Items.Count - 1].Region;
        }

        return null;
    }

    private static SourceRegion Later(SourceRegion a, SourceRegion b) =>
        b.EndLine > a.EndLine || (b.EndLine == a.EndLine && b.EndColumn > a.EndColumn) ? b : a;

    private void Attach(Frame parent, YamlNode node)
    {
        if (parent.Node.Kind == YamlNodeKind.Sequence)
        {
            parent.Node.AddItem(node);
            return;
        }

        if (parent.PendingKey is null)
        {
            parent.PendingKey = node;
            return;
        }

        var key = parent.PendingKey;
        parent.PendingKey = null;
        node.Key ??= key;
        var replaced = parent.Node.SetEntry(key, node);
        if (replaced is { } duplicate)
        {
            _problems.Add(new YamlProblem(
                YamlProblemKind.DuplicateKey,
                key.Region,
                "key '" + key.Value + "' is repeated (first at line " + duplicate.Key.Region.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + "); the last value is used"));
        }
    }

    private void AttachAlias(Stack<Frame> stack, YamlNode target)
    {
        if (stack.Count > 0)
        {
            Attach(stack.Peek(), target);
        }
    }

    /// <summary>YAML merge keys (<c>&lt;&lt;: *defaults</c>), which kubectl honours: explicit keys win.</summary>
    private static void ApplyMergeKeys(YamlNode mapping)
    {
        for (var i = mapping.Entries.Count - 1; i >= 0; i--)
        {
            var entry = mapping.Entries[i];
            if (entry.Key.Kind != YamlNodeKind.Scalar || !entry.Key.IsPlain || entry.Key.Value != "<<")
            {
                continue;
            }

            mapping.RemoveEntryAt(i);
            var sources = entry.Value.Kind == YamlNodeKind.Sequence ? entry.Value.Items : new[] { entry.Value };
            foreach (var source in sources)
            {
                if (source.Kind != YamlNodeKind.Mapping)
                {
                    continue;
                }

                foreach (var merged in source.Entries)
                {
                    mapping.AddEntryIfMissing(merged);
                }
            }
        }
    }

    private static void Remember(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    /// <summary>The first tab in a line's indentation at or after <paramref name="fromLine"/>.</summary>
    private static SourceRegion? FirstTabIndent(string text, int fromLine)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t' && line >= fromLine)
            {
                return SourceRegion.At(line, column);
            }

            atLineStart = atLineStart && (c == ' ' || c == '\t');
            column++;
        }

        return null;
    }

    private static void SkipToDocumentEnd(IParser parser)
    {
        while (!parser.Accept<DocumentEnd>(out _))
        {
            parser.MoveNext();
        }
    }

    internal static SourceRegion RegionOf(Mark start, Mark end) =>
        new((int)Math.Min(start.Line, int.MaxValue), (int)Math.Min(start.Column, int.MaxValue), (int)Math.Min(end.Line, int.MaxValue), (int)Math.Min(end.Column, int.MaxValue));

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 12) - (…): "; the region already says that.</summary>
    private static string CleanMessage(YamlException error)
    {
        var message = error.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0)
        {
            message = message.Substring(cut + 3);
        }

        return message.TrimEnd('.');
    }

    private sealed class Frame
    {
        public Frame(YamlNode node, AnchorName anchor)
        {
            Node = node;
            Anchor = anchor;
        }

        public YamlNode Node { get; }
        public AnchorName Anchor { get; }
        public YamlNode? PendingKey { get; set; }
    }
}

/// <summary>Bounds on the work one document may cost, so hostile input cannot hang or exhaust the build.</summary>
public sealed class YamlLimits
{
    public static YamlLimits Default { get; } = new();

    public int MaxDepth { get; init; } = 512;

    public long MaxExpandedNodes { get; init; } = 1_000_000;
}

internal sealed class YamlStreamResult
{
    public YamlStreamResult(IReadOnlyList<YamlDocument> documents, IReadOnlyList<YamlProblem> problems)
    {
        Documents = documents;
        Problems = problems;
    }

    public IReadOnlyList<YamlDocument> Documents { get; }
    public IReadOnlyList<YamlProblem> Problems { get; }
}

internal sealed class YamlLimitException : Exception
{
    public YamlLimitException(YamlProblemKind kind, SourceRegion region, string message)
        : base(message)
    {
        Kind = kind;
        Region = region;
    }

    public YamlProblemKind Kind { get; }
    public SourceRegion Region { get; }
}
