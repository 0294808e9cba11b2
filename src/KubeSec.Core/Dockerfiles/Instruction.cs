using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>One Dockerfile instruction, joined across line continuations, with its heredocs.</summary>
public sealed class Instruction
{
    private readonly MappedText _arguments;
    private IReadOnlyList<ArgumentToken>? _words;
    private IReadOnlyList<ShellCommand>? _shellCommands;

    internal Instruction(
        int index,
        string keyword,
        SourceRegion keywordRegion,
        SourceRegion region,
        IReadOnlyList<InstructionFlag> flags,
        MappedText arguments,
        IReadOnlyList<ArgumentToken>? jsonItems,
        IReadOnlyList<Heredoc> heredocs)
    {
        Index = index;
        Keyword = keyword;
        KeywordRegion = keywordRegion;
        Region = region;
        Flags = flags;
        _arguments = arguments;
        IsJsonForm = jsonItems is not null;
        JsonItems = jsonItems ?? Array.Empty<ArgumentToken>();
        Heredocs = heredocs;
    }

    /// <summary>0-based position among all instructions of the file.</summary>
    public int Index { get; }

    /// <summary>Upper-cased, as written otherwise (an unknown keyword is kept too).</summary>
    public string Keyword { get; }

    public bool IsKnown => InstructionKeywords.IsKnown(Keyword);

    public SourceRegion KeywordRegion { get; }

    /// <summary>From the keyword to the end of the last line, heredoc terminators included.</summary>
    public SourceRegion Region { get; }

    public int StartLine => Region.StartLine;

    public IReadOnlyList<InstructionFlag> Flags { get; }

    /// <summary>Everything after the keyword and flags, continuations joined, trimmed.</summary>
    public string Arguments => _arguments.Text;

    public MappedText ArgumentsText => _arguments;

    public SourceRegion ArgumentsRegion => _arguments.Region;

    /// <summary>Exec form (<c>["a", "b"]</c>): <see cref="JsonItems"/> holds the decoded items.</summary>
    public bool IsJsonForm { get; }

    public IReadOnlyList<ArgumentToken> JsonItems { get; }

    public IReadOnlyList<Heredoc> Heredocs { get; }

    /// <summary>The stage this instruction belongs to, or -1 for an ARG before the first FROM.</summary>
    public int StageIndex { get; internal set; } = -1;

    /// <summary>A line-independent address such as <c>stage[build]/RUN#2</c>, for fingerprints.</summary>
    public string LogicalPath { get; internal set; } = string.Empty;

    /// <summary>The arguments split on whitespace, quotes kept (how FROM, EXPOSE and shell-form COPY read them).</summary>
    public IReadOnlyList<ArgumentToken> Words => _words ??= ArgumentWords.Split(Arguments);

    /// <summary>
    /// The commands a RUN executes: its shell-form text split into commands, the heredoc that is its
    /// script, or its exec-form items as one command. Empty for other instructions.
    /// </summary>
    public IReadOnlyList<ShellCommand> ShellCommands => _shellCommands ??= RunCommands.Of(this);

    /// <summary>The region of a span of <see cref="Arguments"/>, exact even across continuations.</summary>
    public SourceRegion RegionOf(int start, int length) => _arguments.RegionOf(start, length);

    public SourceRegion RegionOf(ArgumentToken token) => _arguments.RegionOf(token.Start, token.Length);

    /// <summary>The first flag of that name (case-insensitive, without <c>--</c>), or null.</summary>
    public InstructionFlag? FindFlag(string name)
    {
        foreach (var flag in Flags)
        {
            if (string.Equals(flag.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return flag;
            }
        }

        return null;
    }

    public bool Is(string keyword) => string.Equals(Keyword, keyword, StringComparison.Ordinal);

    public override string ToString() => Keyword + " " + Arguments;
}
