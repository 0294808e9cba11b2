using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Engine;

namespace KubeSec.Dockerfiles;

/// <summary>Turns physical lines into instructions: directives, continuations, comments and heredocs.</summary>
internal sealed class DockerfileReader
{
    private static readonly string[] DirectiveNames = { "syntax", "escape", "check" };

    // The longest keyword is 11 letters (HEALTHCHECK); a misspelling is a little longer at most.
    private const int MaxQuotedKeyword = 14;

    // A short unknown word is shown even with no near keyword ('FOO'); a longer one only as a misspelling.
    private const int MaxQuotedUnknownWord = 8;

    private readonly string _path;
    private readonly LineMap _lines;
    private readonly SyntaxErrors _errors;
    private readonly List<ParserDirective> _directives = new();
    private readonly List<Instruction> _instructions = new();
    private char _escape = '\\';
    private HeredocTerminatorIndex? _terminators;
    private int[]? _nextInstructionLike;

    public DockerfileReader(string path, string text, FindingSink sink)
    {
        _path = path;
        _lines = new LineMap(text);
        _errors = new SyntaxErrors(sink);
    }

    private string Text => _lines.Text;

    public Dockerfile Read()
    {
        var line = ReadDirectives();
        while (line < _lines.Count)
        {
            line = ReadInstruction(line);
        }

        return StageBuilder.Build(_path, _lines.Count, _directives, _escape, _instructions, _errors, hasText: true);
    }

    /// <summary>The Dockerfile of a file whose text could not be read: no instructions and no syntax findings.</summary>
    public Dockerfile ReadNothing() => StageBuilder.Build(_path, 0, _directives, _escape, _instructions, _errors, hasText: false);

    /// <summary>Reads <c># name=value</c> lines at the very top; the first other line ends them.</summary>
    private int ReadDirectives()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var line = 0; line < _lines.Count; line++)
        {
            if (!TryReadDirective(line, out var name, out var valueStart, out var valueEnd))
            {
                return line;
            }

            var value = Text.Substring(valueStart, valueEnd - valueStart);
            var region = RegionOf(valueStart, valueEnd);
            if (!seen.Add(name))
            {
                _errors.Report(region, "The '" + name + "' parser directive on line " + SyntaxErrors.Line(line + 1) + " repeats an earlier one: keep only one.");
                continue;
            }

            if (name == "escape")
            {
                if (value is "\\" or "`")
                {
                    _escape = value[0];
                }
                else
                {
                    _errors.Report(region, "The escape directive on line " + SyntaxErrors.Line(line + 1) + " sets " + QuotedText.Quote(value) + ", but only '\\' or '`' are allowed: use '# escape=`' for Windows paths or remove it.");
                    continue;
                }
            }

            _directives.Add(new ParserDirective(name, value, region));
        }

        return _lines.Count;
    }

    private bool TryReadDirective(int line, out string name, out int valueStart, out int valueEnd)
    {
        name = string.Empty;
        valueStart = valueEnd = 0;
        var i = SkipSpace(_lines.Start(line), _lines.ContentEnd(line));
        var end = _lines.ContentEnd(line);
        if (i >= end || Text[i] != '#')
        {
            return false;
        }

        i = SkipSpace(i + 1, end);
        var nameStart = i;
        while (i < end && (char.IsLetter(Text[i]) || (i > nameStart && char.IsDigit(Text[i]))) && Text[i] < 128)
        {
            i++;
        }

        name = Text.Substring(nameStart, i - nameStart).ToLowerInvariant();
        i = SkipSpace(i, end);
        if (name.Length == 0 || i >= end || Text[i] != '=' || Array.IndexOf(DirectiveNames, name) < 0)
        {
            return false;
        }

        valueStart = SkipSpace(i + 1, end);
        valueEnd = end;
        while (valueEnd > valueStart && char.IsWhiteSpace(Text[valueEnd - 1]))
        {
            valueEnd--;
        }

        return valueEnd > valueStart;
    }

    /// <summary>Reads the instruction starting at a line (or skips a blank or comment line); returns the next line to read.</summary>
    private int ReadInstruction(int line)
    {
        var end = _lines.ContentEnd(line);
        var first = SkipSpace(_lines.Start(line), end);
        if (first >= end || Text[first] == '#')
        {
            return line + 1;
        }

        var builder = new MappedText.Builder(_lines, first);
        var continues = AppendPiece(builder, first, end, out var lastEnd);
        var next = line + 1;
        while (continues && next < _lines.Count)
        {
            var start = _lines.Start(next);
            var contentEnd = _lines.ContentEnd(next);
            var firstChar = SkipSpace(start, contentEnd);

            // BuildKit skips comment lines and blank lines inside a continuation.
            if (firstChar < contentEnd && Text[firstChar] != '#')
            {
                continues = AppendPiece(builder, start, contentEnd, out lastEnd);
            }

            next++;
        }

        if (continues)
        {
            _errors.Report(RegionOf(lastEnd - 1, lastEnd),
                "Line " + SyntaxErrors.Line(_lines.LineOf(lastEnd - 1) + 1) + " ends with a '" + _escape + "' line continuation but the file ends before the instruction does: remove the trailing '" + _escape + "' or add the missing line.");
        }

        var logical = builder.Build();
        var split = InstructionLine.Split(logical);
        var keywordRegion = logical.RegionOf(0, split.KeywordLength);
        var arguments = split.Arguments;
        List<ArgumentToken>? jsonItems = null;
        if (InstructionKeywords.MayBeJson(split.Keyword))
        {
            jsonItems = ReadJsonForm(split.Keyword, arguments);
        }

        var heredocs = (IReadOnlyList<Heredoc>)Array.Empty<Heredoc>();
        if (jsonItems is null && InstructionKeywords.MayHaveHeredocs(split.Keyword))
        {
            heredocs = ReadHeredocs(arguments, ref next, ref lastEnd);
        }

        CheckKeyword(split.Keyword, keywordRegion, line);
        var region = new SourceRegion(keywordRegion.StartLine, keywordRegion.StartColumn, PositionOf(lastEnd).Line, PositionOf(lastEnd).Column);
        if (jsonItems is null)
        {
            CheckShellNesting(split.Keyword, arguments, heredocs);
        }

        _instructions.Add(new Instruction(_instructions.Count, split.Keyword, keywordRegion, region, split.Flags, arguments, jsonItems, heredocs));
        return next;
    }

    /// <summary>Appends one physical line's content, without a trailing continuation; true when it continues.</summary>
    private bool AppendPiece(MappedText.Builder builder, int start, int end, out int lastEnd)
    {
        var trimmed = end;
        while (trimmed > start && Text[trimmed - 1] is ' ' or '\t')
        {
            trimmed--;
        }

        // An escape character at the end continues the line, unless it is itself escaped.
        var continues = trimmed > start && Text[trimmed - 1] == _escape &&
            (trimmed - 1 == start || Text[trimmed - 2] != _escape);
        builder.AppendFromFile(start, continues ? trimmed - 1 : end);
        lastEnd = trimmed;
        return continues;
    }

    /// <summary>
    /// BuildKit reads arguments that start with '[' as JSON; when that fails it runs them as a shell
    /// command (which SHELL does not allow), and a JSON array with a non-string item is an error.
    /// </summary>
    private List<ArgumentToken>? ReadJsonForm(string keyword, MappedText arguments)
    {
        var text = arguments.Text;
        var line = SyntaxErrors.Line(arguments.Region.StartLine);
        if (text.Length == 0 || text[0] != '[')
        {
            if (keyword == InstructionKeywords.Shell && text.Length > 0)
            {
                _errors.Report(arguments.Region, "SHELL on line " + line + " must be a JSON array: write it as SHELL [\"/bin/bash\", \"-c\"].");
            }

            return null;
        }

        switch (JsonStringArray.Parse(text, out var items, out var problem))
        {
            case JsonArrayKind.Strings:
                return items;
            case JsonArrayKind.NotStrings:
                _errors.Report(arguments.RegionOf(problem.Start, problem.Length), keyword + " on line " + line + " is a JSON array with an item that is not a string (column " + ColumnOf(arguments, problem.Start) + "): quote every item, as in [\"sleep\", \"10\"].");
                return null;
            default:
                // From where the JSON breaks to the end of the arguments: the place to look, and the rest that Docker misreads.
                var region = arguments.RegionOf(problem.Start, Math.Max(problem.Length, text.Length - problem.Start));
                var where = problem.Start < text.Length
                    ? " stops being valid JSON at column " + ColumnOf(arguments, problem.Start) + " (" + JsonStringArray.Describe(text, problem.Start) + ")"
                    : " is not valid JSON: it ends before the array is closed";
                if (keyword == InstructionKeywords.Shell)
                {
                    _errors.Report(region, "SHELL on line " + line + where + ", and SHELL must be a JSON array: use double quotes and commas only between items, as in SHELL [\"/bin/bash\", \"-c\"].");
                }
                else if (ExecFormAttempt.Looks(text, pathsAllowed: keyword is InstructionKeywords.Copy or InstructionKeywords.Add or InstructionKeywords.Volume))
                {
                    _errors.Report(region, keyword + " on line " + line + where + ", so Docker runs it as a shell command: use double quotes and commas only between items, as in [\"npm\", \"start\"].");
                }

                return null;
        }
    }

    private static string ColumnOf(MappedText arguments, int index) => SyntaxErrors.Line(arguments.RegionOf(index, 1).StartColumn);

    private IReadOnlyList<Heredoc> ReadHeredocs(MappedText arguments, ref int next, ref int lastEnd)
    {
        var markers = HeredocMarker.Find(arguments.Text);
        if (markers.Count == 0)
        {
            return Array.Empty<Heredoc>();
        }

        _terminators ??= new HeredocTerminatorIndex(_lines);
        var heredocs = new List<Heredoc>(markers.Count);
        var failed = false;
        foreach (var marker in markers)
        {
            var markerRegion = arguments.RegionOf(marker.Start, marker.Length);
            var terminator = failed || next >= _lines.Count ? -1 : _terminators.Find(marker.Name, marker.StripsLeadingTabs, next);
            var bodyEnd = terminator >= 0 ? terminator : failed ? next : NextInstructionLike(next);
            var body = HeredocBody(next, bodyEnd, marker.StripsLeadingTabs);
            if (terminator >= 0)
            {
                lastEnd = _lines.ContentEnd(terminator);
                next = terminator + 1;
            }
            else
            {
                if (!failed)
                {
                    _errors.Report(markerRegion, "Heredoc " + QuotedText.Quote(marker.Text) + " on line " + SyntaxErrors.Line(markerRegion.StartLine) + " is never closed: add a line that holds only " + QuotedText.Quote(marker.Name) + " after its content.");
                }

                failed = true;
                if (bodyEnd > next)
                {
                    lastEnd = _lines.ContentEnd(bodyEnd - 1);
                }

                next = bodyEnd;
            }

            heredocs.Add(new Heredoc(marker.Name, marker.StripsLeadingTabs, marker.IsQuoted, marker.FileDescriptor, markerRegion, body, terminator >= 0));
        }

        return heredocs;
    }

    private MappedText HeredocBody(int from, int to, bool stripTabs)
    {
        var anchor = from < _lines.Count ? _lines.Start(from) : Text.Length;
        var builder = new MappedText.Builder(_lines, anchor);
        for (var line = from; line < to; line++)
        {
            var start = _lines.Start(line);
            var end = _lines.ContentEnd(line);
            while (stripTabs && start < end && Text[start] == '\t')
            {
                start++;
            }

            builder.AppendFromFile(start, end);
            builder.AppendAt('\n', end);
        }

        return builder.Build();
    }

    /// <summary>
    /// Where an unterminated heredoc most likely ends: the next line that starts, unindented, with an
    /// upper-case instruction keyword. Reading on from there keeps the rest of the file checked.
    /// </summary>
    private int NextInstructionLike(int from)
    {
        if (_nextInstructionLike is null)
        {
            _nextInstructionLike = new int[_lines.Count + 1];
            _nextInstructionLike[_lines.Count] = _lines.Count;
            for (var line = _lines.Count - 1; line >= 0; line--)
            {
                _nextInstructionLike[line] = LooksLikeInstruction(line) ? line : _nextInstructionLike[line + 1];
            }
        }

        return _nextInstructionLike[Math.Min(from, _lines.Count)];
    }

    private bool LooksLikeInstruction(int line)
    {
        var start = _lines.Start(line);
        var end = _lines.ContentEnd(line);
        var i = start;
        while (i < end && i - start <= 12 && Text[i] >= 'A' && Text[i] <= 'Z')
        {
            i++;
        }

        return i > start && (i == end || char.IsWhiteSpace(Text[i])) && InstructionKeywords.IsKnown(Text.Substring(start, i - start));
    }

    /// <summary>Shell text nested past the limit: reported once per instruction, where the level opens; still checked.</summary>
    private void CheckShellNesting(string keyword, MappedText arguments, IReadOnlyList<Heredoc> heredocs)
    {
        if (keyword is not (InstructionKeywords.Run or InstructionKeywords.Cmd or InstructionKeywords.Entrypoint or InstructionKeywords.Healthcheck or InstructionKeywords.Onbuild))
        {
            return;
        }

        var text = arguments;
        var at = ShellNesting.FindTooDeep(text.Text);
        for (var i = 0; at < 0 && i < heredocs.Count; i++)
        {
            text = heredocs[i].BodyText;
            at = ShellNesting.FindTooDeep(text.Text);
        }

        if (at >= 0)
        {
            var region = text.RegionOf(at, 1);
            _errors.Report(KS0006NestingTooDeep.Rule, region,
                keyword + " on line " + SyntaxErrors.Line(region.StartLine) + " nests $(...), ${...}, backticks, subshells or quotes more than " + SyntaxErrors.Line(ShellNesting.MaxDepth) + " levels deep: split the command into smaller steps or a script file.");
        }
    }

    private void CheckKeyword(string keyword, SourceRegion region, int line)
    {
        if (InstructionKeywords.IsKnown(keyword))
        {
            return;
        }

        // The word is quoted only when it is plainly a misspelt keyword (letters only, and short or
        // close to a real one): a file that is no Dockerfile, such as a credentials file linked as
        // one, must not reach the build log through this message.
        var lettersOnly = keyword.Length <= MaxQuotedKeyword;
        foreach (var c in keyword)
        {
            lettersOnly &= c is >= 'A' and <= 'Z';
        }

        var where = " on line " + SyntaxErrors.Line(line + 1);
        var hint = ": if it continues the instruction above, end the line above with '" + _escape + "', otherwise start the line with an instruction such as RUN.";
        var suggestion = lettersOnly ? KeywordSuggestion.For(keyword) : null;
        string message;
        if (suggestion is not null)
        {
            message = "Unknown instruction '" + keyword + "'" + where + ": did you mean " + suggestion + "?";
        }
        else if (lettersOnly && keyword.Length <= MaxQuotedUnknownWord)
        {
            message = "Unknown instruction '" + keyword + "'" + where + hint;
        }
        else
        {
            message = "Line " + SyntaxErrors.Line(line + 1) + " does not start with an instruction keyword" + hint;
        }

        _errors.Report(region, message);
    }

    private int SkipSpace(int i, int end)
    {
        while (i < end && char.IsWhiteSpace(Text[i]))
        {
            i++;
        }

        return i;
    }

    private (int Line, int Column) PositionOf(int offset) => _lines.PositionOf(offset);

    private SourceRegion RegionOf(int start, int end)
    {
        var first = _lines.PositionOf(start);
        var last = _lines.PositionOf(Math.Max(start, end));
        return new SourceRegion(first.Line, first.Column, last.Line, last.Column);
    }
}
