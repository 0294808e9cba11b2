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
        var anchors = new Dictionary<string, Anchored>(StringComparer.Ordinal);
        var stack = new FrameStack();
        YamlNode? root = null;
        long expanded = 0;

        while (true)
        {
            if (parser.Accept<DocumentEnd>(out _))
            {
                return root;
            }

            var parsingEvent = parser.Consume<ParsingEvent>();
            switch (parsingEvent)
            {
                case Scalar scalar:
                    var node = new YamlNode(
                        YamlNodeKind.Scalar,
                        RegionOf(scalar.Start, scalar.End),
                        ScalarTextCache.Share(scalar.Value),
                        scalar.Style == ScalarStyle.Plain,
                        scalar.Tag.IsEmpty ? null : scalar.Tag.Value);
                    Remember(anchors, scalar.Anchor, node, 1);
                    expanded++;
                    root = Add(stack, root, node, 1);
                    break;

                case MappingStart mapping:
                    root = Open(stack, root, new YamlNode(YamlNodeKind.Mapping, RegionOf(mapping.Start, mapping.End), tag: mapping.Tag.IsEmpty ? null : mapping.Tag.Value), mapping.Anchor, mapping.Start);
                    expanded++;
                    break;

                case SequenceStart sequence:
                    root = Open(stack, root, new YamlNode(YamlNodeKind.Sequence, RegionOf(sequence.Start, sequence.End), tag: sequence.Tag.IsEmpty ? null : sequence.Tag.Value), sequence.Anchor, sequence.Start);
                    expanded++;
                    break;

                case MappingEnd:
                case SequenceEnd:
                    Close(stack, anchors, parsingEvent.End);
                    break;

                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new SemanticErrorException(alias.Start, alias.End, "Alias *" + alias.Value.Value + " refers to no anchor defined before it.");
                    }

                    expanded += target.Size;
                    if (expanded > _limits.MaxExpandedNodes)
                    {
                        throw new YamlLimitException(
                            YamlProblemKind.AliasExpansionTooLarge,
                            RegionOf(alias.Start, alias.End),
                            "aliases expand this document to more than " + _limits.MaxExpandedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " nodes (an alias bomb?)");
                    }

                    // An alias shares its anchor's node, never a copy of it.
                    root = Add(stack, root, target.Node, target.Size);
                    break;
            }
        }
    }

    /// <summary>Adds a complete node (a scalar or an alias) to the open collection, or makes it the root.</summary>
    private YamlNode? Add(FrameStack stack, YamlNode? root, YamlNode node, long size)
    {
        if (stack.Count == 0)
        {
            return root ?? node;
        }

        var parent = stack.Peek();
        parent.Size += size;
        Attach(parent, node);
        return root;
    }

    private YamlNode? Open(FrameStack stack, YamlNode? root, YamlNode node, AnchorName anchor, Mark start)
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

        stack.Push(node, anchor);
        return root;
    }

    private static void Close(FrameStack stack, Dictionary<string, Anchored> anchors, Mark end)
    {
        var frame = stack.Pop();
        var node = frame.Node;
        var start = node.Region;
        SourceRegion? last;
        if (node.Kind == YamlNodeKind.Mapping)
        {
            ApplyMergeKeys(frame.Entries);
            node.Complete(frame.Entries.ToArray());
            last = frame.Entries.Count > 0 ? Later(frame.Entries[frame.Entries.Count - 1].Key.Region, frame.Entries[frame.Entries.Count - 1].Value.Region) : null;
        }
        else
        {
            node.Complete(frame.Items.ToArray());
            last = frame.Items.Count > 0 ? frame.Items[frame.Items.Count - 1].Region : null;
        }

        node.Region = last is { } region
            ? new SourceRegion(start.StartLine, start.StartColumn, region.EndLine, region.EndColumn)
            : new SourceRegion(start.StartLine, start.StartColumn, RegionOf(end, end).StartLine, RegionOf(end, end).StartColumn);

        if (stack.Count > 0)
        {
            stack.Peek().Size += frame.Size;
        }

        // Registered only once complete, so an alias inside its own anchor is an error, not a cycle.
        Remember(anchors, frame.Anchor, node, frame.Size);
    }

    private static SourceRegion Later(SourceRegion a, SourceRegion b) =>
        b.EndLine > a.EndLine || (b.EndLine == a.EndLine && b.EndColumn > a.EndColumn) ? b : a;

    private void Attach(Frame parent, YamlNode node)
    {
        if (parent.Node.Kind == YamlNodeKind.Sequence)
        {
            parent.Items.Add(node);
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
        if (SetEntry(parent.Entries, key, node) is { } duplicate)
        {
            _problems.Add(new YamlProblem(
                YamlProblemKind.DuplicateKey,
                key.Region,
                "key '" + key.Value + "' is repeated (first at line " + duplicate.Key.Region.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + "); the last value is used"));
        }
    }

    /// <summary>Adds an entry; returns the entry it replaced when the key was already there (last one wins, as in kubectl).</summary>
    private static YamlEntry? SetEntry(List<YamlEntry> entries, YamlNode key, YamlNode value)
    {
        YamlEntry? replaced = null;
        if (key.Kind == YamlNodeKind.Scalar && IndexOfKey(entries, key.Value) is var existing and >= 0)
        {
            replaced = entries[existing];
            entries.RemoveAt(existing);
        }

        entries.Add(new YamlEntry(key, value));
        return replaced;
    }

    private static int IndexOfKey(List<YamlEntry> entries, string? key)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var existing = entries[i].Key;
            if (existing.Kind == YamlNodeKind.Scalar && string.Equals(existing.Value, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>YAML merge keys (<c>&lt;&lt;: *defaults</c>), which kubectl honours: explicit keys win.</summary>
    private static void ApplyMergeKeys(List<YamlEntry> entries)
    {
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (entry.Key.Kind != YamlNodeKind.Scalar || !entry.Key.IsPlain || entry.Key.Value != "<<")
            {
                continue;
            }

            entries.RemoveAt(i);
            var sources = entry.Value.Kind == YamlNodeKind.Sequence ? entry.Value.Items : new[] { entry.Value };
            foreach (var source in sources)
            {
                if (source.Kind != YamlNodeKind.Mapping)
                {
                    continue;
                }

                foreach (var merged in source.Entries)
                {
                    if (merged.Key.Kind != YamlNodeKind.Scalar || IndexOfKey(entries, merged.Key.Value) < 0)
                    {
                        entries.Add(merged);
                    }
                }
            }
        }
    }

    private static void Remember(Dictionary<string, Anchored> anchors, AnchorName anchor, YamlNode node, long size)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = new Anchored(node, size);
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

    /// <summary>An anchored node and its size with aliases expanded, which bounds the work on alias bombs.</summary>
    private readonly record struct Anchored(YamlNode Node, long Size);

    /// <summary>A collection being read: its children gather here until its end event.</summary>
    private sealed class Frame
    {
        public YamlNode Node { get; private set; } = null!;
        public AnchorName Anchor { get; private set; }
        public YamlNode? PendingKey { get; set; }

        /// <summary>This node and everything below it, aliases expanded.</summary>
        public long Size { get; set; }

        public List<YamlEntry> Entries { get; } = new();
        public List<YamlNode> Items { get; } = new();

        public void Reset(YamlNode node, AnchorName anchor)
        {
            Node = node;
            Anchor = anchor;
            PendingKey = null;
            Size = 1;
            Entries.Clear();
            Items.Clear();
        }
    }

    /// <summary>Open collections, innermost last; frames are reused, so a document allocates one per depth, not one per collection.</summary>
    private sealed class FrameStack
    {
        private readonly List<Frame> _frames = new();

        public int Count { get; private set; }

        public Frame Peek() => _frames[Count - 1];

        public void Push(YamlNode node, AnchorName anchor)
        {
            if (Count == _frames.Count)
            {
                _frames.Add(new Frame());
            }

            _frames[Count++].Reset(node, anchor);
        }

        public Frame Pop() => _frames[--Count];
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
