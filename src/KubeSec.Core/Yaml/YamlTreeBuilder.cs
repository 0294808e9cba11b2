using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using KubeSec.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeSec.Yaml;

/// <summary>
/// Reads a file into <see cref="YamlNode"/> trees the way kubectl reads it: cut into documents first (see
/// <see cref="KubectlDocuments"/>), each document then parsed on its own from YamlDotNet's events, iteratively
/// (no recursion, so deep nesting cannot overflow the stack) and within fixed limits. A syntax error costs
/// only its own document.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private const char ByteOrderMark = '\uFEFF';

    private readonly YamlLimits _limits;
    private readonly List<YamlDocument> _documents = new();
    private readonly List<YamlProblem> _problems = new();

    // Reused across mappings: the entries of the mapping being closed, and its key index when it is large.
    private readonly List<Slot> _slots = new();
    private readonly Dictionary<string, int> _slotIndex = new(StringComparer.Ordinal);

    /// <summary>Line of the document's text (1-based) whose columns are one short because a byte-order mark was removed from it; 0 for none.</summary>
    private int _shiftedLine;

    /// <summary>Lines before the document being parsed.</summary>
    private int _lineOffset;

    private YamlTreeBuilder(YamlLimits limits) => _limits = limits;

    public static YamlStreamResult Build(string text, YamlLimits limits)
    {
        var builder = new YamlTreeBuilder(limits);
        var chunkProblems = new List<ChunkProblem>();
        var chunks = KubectlDocuments.Split(text, chunkProblems);
        foreach (var problem in chunkProblems)
        {
            builder._problems.Add(new YamlProblem(problem.Kind, SourceRegion.At(problem.Line, problem.Column), problem.Detail));
        }

        var mergeFrom = -1;
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            if (DirectiveLine(text, chunk) is { } directive)
            {
                builder._problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, SourceRegion.At(directive, 1),
                    "kubectl hands go-yaml each document between '---' lines on its own, so a '%' directive there has no document and kubectl refuses it: remove the directive"));
                if (!KubectlDocuments.HasContent(text, chunk.Start, chunk.End) && i + 1 < chunks.Count)
                {
                    // Read it with the document it was meant for, as YAML would, so that document is still checked.
                    mergeFrom = mergeFrom < 0 ? chunk.Start : mergeFrom;
                    if (chunk.Index >= 0)
                    {
                        builder._documents.Add(new YamlDocument(chunk.Index, null));
                    }

                    continue;
                }
            }

            if (chunk.Index < 0)
            {
                continue; // only comments and blank lines before the first '---'
            }

            var start = mergeFrom >= 0 ? mergeFrom : chunk.Start;
            var firstLine = mergeFrom >= 0 ? LineOf(text, mergeFrom, chunk.Start, chunk.FirstLine) : chunk.FirstLine;
            builder.ReadDocument(text, chunk, start, firstLine, merged: mergeFrom >= 0);
            mergeFrom = -1;
        }

        return new YamlStreamResult(builder._documents, builder._problems);
    }

    /// <summary>The 1-based line of <paramref name="offset"/>, counted back from a known line.</summary>
    private static int LineOf(string text, int offset, int knownOffset, int knownLine)
    {
        var line = knownLine;
        for (var i = offset; i < knownOffset; i++)
        {
            if (text[i] == '\n')
            {
                line--;
            }
        }

        return line;
    }

    /// <summary>The line of a '%' directive that opens the chunk (before any content), or null.</summary>
    private static int? DirectiveLine(string text, DocumentChunk chunk)
    {
        if (chunk.IsJson)
        {
            return null;
        }

        var line = chunk.FirstLine;
        var atLineStart = true;
        for (var i = chunk.Start; i < chunk.End; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '%')
            {
                return line;
            }

            if (atLineStart && c == '#')
            {
                var eol = text.IndexOf('\n', i, chunk.End - i);
                i = eol < 0 ? chunk.End : eol - 1;
                continue;
            }

            if (!char.IsWhiteSpace(c) && c != ByteOrderMark)
            {
                return null;
            }

            atLineStart = atLineStart && c == ByteOrderMark;
        }

        return null;
    }

    private void ReadDocument(string text, DocumentChunk chunk, int start, int firstLine, bool merged)
    {
        var documentText = DocumentText(text, chunk, start, merged);
        _lineOffset = firstLine - 1;
        var depthExcess = FlowDepthGuard.FindExcess(documentText, _limits.MaxDepth);
        if (depthExcess >= 0)
        {
            _problems.Add(new YamlProblem(YamlProblemKind.NestingTooDeep, Shift(PositionOf(documentText, depthExcess)), DepthMessage()));
            _documents.Add(new YamlDocument(chunk.Index, null));
            return;
        }

        var problemCount = _problems.Count;
        var root = Parse(documentText);
        if (HasBlankFirstLineError(problemCount) && BlankWhitespaceOnlyLines(documentText) is { } repaired)
        {
            // YamlDotNet refuses a block scalar whose first line holds only spaces (YamlDotNet #523/#535);
            // kubectl accepts it. Such lines carry no content, and emptying them moves no other position.
            _problems.RemoveRange(problemCount, _problems.Count - problemCount);
            root = Parse(repaired);
        }

        _documents.Add(new YamlDocument(chunk.Index, root));
    }

    /// <summary>
    /// The text go-yaml sees for this document. kubectl's reader skips a byte-order mark at the start of the
    /// file and go-yaml one at the start of each document it is given: such a mark is removed (and the columns
    /// of its line corrected). go-yaml's scanner also skips a mark at the start of any other line, counting it
    /// as a column: there it becomes a space.
    /// </summary>
    private string DocumentText(string text, DocumentChunk chunk, int start, bool merged)
    {
        _shiftedLine = 0;
        var end = chunk.End;
        if (chunk.KubectlStart && !merged && start < end && text[start] == ByteOrderMark)
        {
            start++;
            _shiftedLine = 1;
        }

        var hasMark = text.IndexOf(ByteOrderMark, start, end - start) >= 0;
        if (!hasMark && chunk.ContentStart == chunk.Start)
        {
            return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        }

        var chars = text.ToCharArray(start, end - start);
        for (var i = 0; i < chars.Length && start + i < chunk.ContentStart; i++)
        {
            if (chars[i] != '\n' && chars[i] != '\r')
            {
                chars[i] = ' '; // the end of the JSON value before this one, on the same line
            }
        }

        if (hasMark)
        {
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] == ByteOrderMark && (i == 0 || chars[i - 1] == '\n'))
                {
                    chars[i] = ' ';
                }
            }
        }

        return new string(chars);
    }

    private SourceRegion Shift(SourceRegion region) => new(
        region.StartLine + _lineOffset,
        region.StartLine == _shiftedLine ? region.StartColumn + 1 : region.StartColumn,
        region.EndLine + _lineOffset,
        region.EndLine == _shiftedLine ? region.EndColumn + 1 : region.EndColumn);

    private string DepthMessage() =>
        "nesting is deeper than " + _limits.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels";

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

    /// <summary>Parses one document; kubectl's go-yaml decodes only the first document of the text it is given.</summary>
    private YamlNode? Parse(string text)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        YamlNode? root = null;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            try
            {
                root = ReadDocumentContent(parser);
            }
            catch (YamlLimitException limit)
            {
                _problems.Add(new YamlProblem(limit.Kind, Shift(limit.Region), limit.Message));
                return null;
            }

            parser.Consume<DocumentEnd>();
        }
        catch (YamlException error)
        {
            ReportSyntaxError(text, error);
            return null;
        }
        catch (InvalidOperationException error)
        {
            // YamlDotNet 18.1 throws this on some malformed flow collections (e.g. "a: {b: c\nd: e}").
            var at = parser.Current is { } current ? RegionOf(current.Start, current.End) : SourceRegion.FileStart;
            _problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, Shift(at), "the YAML parser gave up after this point (" + QuotedText.Short(error.Message.TrimEnd('.'), 80) + ")"));
            return null;
        }

        ReportIgnoredRest(parser);
        return root;
    }

    /// <summary>After a '...' line go-yaml stops reading: anything up to the next '---' line is never applied.</summary>
    private void ReportIgnoredRest(IParser parser)
    {
        SourceRegion? at = null;
        try
        {
            if (parser.Accept<StreamEnd>(out _))
            {
                return;
            }

            at = parser.Current is { } current ? RegionOf(current.Start, current.End) : null;
        }
        catch (YamlException error)
        {
            at = RegionOf(error.Start, error.End);
        }
        catch (InvalidOperationException)
        {
            at = parser.Current is { } current ? RegionOf(current.Start, current.End) : null;
        }

        if (at is { } region)
        {
            _problems.Add(new YamlProblem(YamlProblemKind.IgnoredContent, Shift(SourceRegion.At(region.StartLine, region.StartColumn)),
                "kubectl stops reading a document at its '...' end marker, so this content is never applied"));
        }
    }

    private void ReportSyntaxError(string text, YamlException error)
    {
        var message = CleanMessage(error);
        var region = RegionOf(error.Start, error.End);
        if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstTabIndent(text, region.StartLine) is { } tab)
        {
            // YamlDotNet places tab errors at the start of the enclosing mapping; point at the tab itself.
            region = tab;
        }

        _problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, Shift(region), message));
    }

    private bool HasBlankFirstLineError(int from)
    {
        for (var i = from; i < _problems.Count; i++)
        {
            if (_problems[i].Kind == YamlProblemKind.SyntaxError &&
                _problems[i].Detail.IndexOf("found extra spaces in first line", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? BlankWhitespaceOnlyLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        var changed = false;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            var lineEnd = i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
            var blank = lineEnd > lineStart;
            for (var k = lineStart; k < lineEnd && blank; k++)
            {
                blank = text[k] == ' ';
            }

            if (blank)
            {
                changed = true;
            }
            else
            {
                builder.Append(text, lineStart, lineEnd - lineStart);
            }

            builder.Append(text, lineEnd, i - lineEnd);
            if (i < text.Length)
            {
                builder.Append('\n');
            }

            lineStart = i + 1;
        }

        return changed ? builder.ToString() : null;
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
                        Region(scalar.Start, scalar.End),
                        ScalarTextCache.Share(scalar.Value),
                        scalar.Style == ScalarStyle.Plain,
                        scalar.Tag.IsEmpty ? null : scalar.Tag.Value);
                    if (node.Tag is not null)
                    {
                        CheckTagged(node);
                    }

                    Remember(anchors, scalar.Anchor, node, 1);
                    expanded++;
                    root = Add(stack, root, node, 1);
                    break;

                case MappingStart mapping:
                    root = Open(stack, root, new YamlNode(YamlNodeKind.Mapping, Region(mapping.Start, mapping.End), tag: mapping.Tag.IsEmpty ? null : mapping.Tag.Value), mapping.Anchor, mapping.Start);
                    expanded++;
                    break;

                case SequenceStart sequence:
                    root = Open(stack, root, new YamlNode(YamlNodeKind.Sequence, Region(sequence.Start, sequence.End), tag: sequence.Tag.IsEmpty ? null : sequence.Tag.Value), sequence.Anchor, sequence.Start);
                    expanded++;
                    break;

                case MappingEnd:
                case SequenceEnd:
                    Close(stack, anchors, parsingEvent.End);
                    break;

                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new SemanticErrorException(alias.Start, alias.End, "Alias *" + QuotedText.Prefix(alias.Value.Value) + " refers to no anchor defined before it.");
                    }

                    expanded += target.Size;
                    if (expanded > _limits.MaxExpandedNodes)
                    {
                        throw new YamlLimitException(
                            YamlProblemKind.AliasExpansionTooLarge,
                            RegionOf(alias.Start, alias.End),
                            "aliases expand this document to more than " + _limits.MaxExpandedNodes.ToString(CultureInfo.InvariantCulture) + " nodes (an alias bomb?)");
                    }

                    if (target.Node.Kind == YamlNodeKind.Sequence && stack.Count > 0 && stack.Peek().PendingKey is { } mergeKey && IsMergeKey(mergeKey))
                    {
                        // go-yaml merges a list of mappings only when it is written in place, not through an alias.
                        _problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, Region(alias.Start, alias.End),
                            "a merge key '<<' may name a list of mappings only in place, not through an alias; kubectl refuses the document"));
                    }

                    // An alias shares its anchor's node, never a copy of it.
                    root = Add(stack, root, target.Node, target.Size);
                    break;
            }
        }
    }

    /// <summary>A tag go-yaml cannot apply to the text (<c>!!bool 1</c>, <c>!!int x</c>, bad <c>!!binary</c>) makes kubectl refuse the document.</summary>
    private void CheckTagged(YamlNode node)
    {
        if (node.Scalar.Type == YamlScalarType.Invalid)
        {
            _problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, node.Region,
                "kubectl cannot decode '" + QuotedText.Prefix(node.Value) + "' as " + QuotedText.Prefix(ShortTag(node.Tag)) + " and refuses the document"));
        }
    }

    private static string ShortTag(string? tag) =>
        tag is not null && tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag.Substring(18) : tag ?? string.Empty;

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
            var at = RegionOf(start, start);
            throw new YamlLimitException(YamlProblemKind.NestingTooDeep, SourceRegion.At(at.StartLine, at.StartColumn), DepthMessage());
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

    private void Close(FrameStack stack, Dictionary<string, Anchored> anchors, Mark end)
    {
        var frame = stack.Pop();
        var node = frame.Node;
        var start = node.Region;
        SourceRegion? last;
        if (node.Kind == YamlNodeKind.Mapping)
        {
            node.Complete(ResolveEntries(frame.Entries));
            last = frame.Entries.Count > 0 ? Later(frame.Entries[frame.Entries.Count - 1].Key.Region, frame.Entries[frame.Entries.Count - 1].Value.Region) : null;
        }
        else
        {
            node.Complete(frame.Items.ToArray());
            last = frame.Items.Count > 0 ? frame.Items[frame.Items.Count - 1].Region : null;
        }

        var endAt = Region(end, end);
        node.Region = last is { } region
            ? new SourceRegion(start.StartLine, start.StartColumn, region.EndLine, region.EndColumn)
            : new SourceRegion(start.StartLine, start.StartColumn, endAt.StartLine, endAt.StartColumn);

        if (stack.Count > 0)
        {
            stack.Peek().Size += frame.Size;
        }

        // Registered only once complete, so an alias inside its own anchor is an error, not a cycle.
        Remember(anchors, frame.Anchor, node, frame.Size);
    }

    private static SourceRegion Later(SourceRegion a, SourceRegion b) =>
        b.EndLine > a.EndLine || (b.EndLine == a.EndLine && b.EndColumn > a.EndColumn) ? b : a;

    private static void Attach(Frame parent, YamlNode node)
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
        parent.Entries.Add(new YamlEntry(key, node));
    }

    /// <summary>
    /// A mapping's entries as go-yaml v2 builds them, in document order: each key sets its value (a repeated key
    /// is reported, and the last value wins), and each merge key (<c>&lt;&lt;: *defaults</c>) sets every key of the
    /// mapping it names, over the keys before it, as kubectl does. Linear: large mappings use a key index.
    /// </summary>
    private YamlEntry[] ResolveEntries(List<YamlEntry> pairs)
    {
        var hasMerge = false;
        foreach (var pair in pairs)
        {
            hasMerge |= IsMergeKey(pair.Key);
        }

        if (!hasMerge && pairs.Count <= 1)
        {
            if (pairs.Count == 1 && YamlScalar.KeyName(pairs[0].Key) is null)
            {
                ReportUnusableKey(pairs[0].Key);
            }

            return pairs.ToArray();
        }

        _slots.Clear();
        _slotIndex.Clear();
        var indexed = hasMerge || pairs.Count > YamlNode.IndexThreshold;
        var removed = 0;
        foreach (var pair in pairs)
        {
            if (!IsMergeKey(pair.Key))
            {
                removed += Set(pair, explicitKey: true, indexed);
                continue;
            }

            var value = pair.Value;
            if (value.Kind == YamlNodeKind.Mapping)
            {
                removed += Merge(value, indexed);
            }
            else if (value.Kind == YamlNodeKind.Sequence && AllMappings(value))
            {
                // Earlier mappings in the list take precedence, so they are applied last.
                for (var i = value.Items.Count - 1; i >= 0; i--)
                {
                    removed += Merge(value.Items[i], indexed);
                }
            }
            else
            {
                _problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, pair.Key.Region,
                    "a merge key '<<' must name a mapping or a list of mappings; kubectl refuses the document"));
            }
        }

        var entries = new YamlEntry[_slots.Count - removed];
        var at = 0;
        foreach (var slot in _slots)
        {
            if (!slot.Removed)
            {
                entries[at++] = slot.Entry;
            }
        }

        return entries;
    }

    private static bool AllMappings(YamlNode sequence)
    {
        foreach (var item in sequence.Items)
        {
            if (item.Kind != YamlNodeKind.Mapping)
            {
                return false;
            }
        }

        return true;
    }

    private int Merge(YamlNode source, bool indexed)
    {
        var removed = 0;
        foreach (var entry in source.Entries)
        {
            removed += Set(entry, explicitKey: false, indexed);
        }

        return removed;
    }

    /// <summary>Sets one key; returns 1 when it replaced an earlier entry.</summary>
    private int Set(YamlEntry entry, bool explicitKey, bool indexed)
    {
        var name = YamlScalar.KeyName(entry.Key);
        if (name is null)
        {
            if (explicitKey)
            {
                ReportUnusableKey(entry.Key);
            }

            _slots.Add(new Slot(entry, explicitKey));
            return 0;
        }

        var existing = -1;
        if (indexed)
        {
            existing = _slotIndex.TryGetValue(name, out var found) ? found : -1;
            _slotIndex[name] = _slots.Count;
        }
        else
        {
            for (var i = 0; i < _slots.Count; i++)
            {
                if (!_slots[i].Removed && string.Equals(YamlScalar.KeyName(_slots[i].Entry.Key), name, StringComparison.Ordinal))
                {
                    existing = i;
                    break;
                }
            }
        }

        _slots.Add(new Slot(entry, explicitKey));
        if (existing < 0)
        {
            return 0;
        }

        var replaced = _slots[existing];
        _slots[existing] = replaced.Remove();
        if (explicitKey && replaced.ExplicitKey)
        {
            _problems.Add(new YamlProblem(
                YamlProblemKind.DuplicateKey,
                entry.Key.Region,
                "key '" + QuotedText.Prefix(name) + "' is repeated (first at line " + replaced.Entry.Key.Region.StartLine.ToString(CultureInfo.InvariantCulture) + "); the last value is used"));
        }

        return 1;
    }

    private void ReportUnusableKey(YamlNode key)
    {
        var what = key.Kind == YamlNodeKind.Scalar ? "a null key" : key.Kind == YamlNodeKind.Mapping ? "a mapping as a key" : "a list as a key";
        _problems.Add(new YamlProblem(YamlProblemKind.SyntaxError, key.Region, "kubectl cannot convert " + what + " to JSON and refuses the document"));
    }

    /// <summary>go-yaml's isMerge: a plain untagged <c>&lt;&lt;</c>, or one tagged <c>!!merge</c>.</summary>
    private static bool IsMergeKey(YamlNode key) =>
        key.Kind == YamlNodeKind.Scalar && key.Value == "<<" && ((key.IsPlain && key.Tag is null) || key.Tag == YamlScalar.MergeTag);

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

    /// <summary>A region in the file: the parser's marks are relative to the document's text.</summary>
    private SourceRegion Region(Mark start, Mark end) => Shift(RegionOf(start, end));

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

        return QuotedText.Short(message.TrimEnd('.'));
    }

    /// <summary>An anchored node and its size with aliases expanded, which bounds the work on alias bombs.</summary>
    private readonly record struct Anchored(YamlNode Node, long Size);

    /// <summary>One entry of the mapping being resolved; a replaced one stays, marked, until the array is built.</summary>
    private readonly struct Slot
    {
        public Slot(YamlEntry entry, bool explicitKey, bool removed = false)
        {
            Entry = entry;
            ExplicitKey = explicitKey;
            Removed = removed;
        }

        public YamlEntry Entry { get; }

        /// <summary>Written in this mapping, not brought in by a merge key.</summary>
        public bool ExplicitKey { get; }

        public bool Removed { get; }

        public Slot Remove() => new(Entry, ExplicitKey, removed: true);
    }

    /// <summary>A collection being read: its children gather here until its end event.</summary>
    private sealed class Frame
    {
        public YamlNode Node { get; private set; } = null!;
        public AnchorName Anchor { get; private set; }
        public YamlNode? PendingKey { get; set; }

        /// <summary>This node and everything below it, aliases expanded.</summary>
        public long Size { get; set; }

        /// <summary>The key/value pairs as written, merge keys and repeated keys included.</summary>
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
