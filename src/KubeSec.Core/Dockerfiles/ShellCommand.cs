using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>What separates a command from the one before it.</summary>
public enum ShellSeparator
{
    /// <summary>The first command of the script.</summary>
    None,
    Newline,
    Semicolon,

    /// <summary><c>&amp;&amp;</c>: runs only when the previous command succeeded.</summary>
    And,

    /// <summary><c>||</c>: runs only when the previous command failed.</summary>
    Or,

    /// <summary><c>|</c> or <c>|&amp;</c>: reads the previous command's output.</summary>
    Pipe,

    /// <summary><c>&amp;</c>: the previous command runs in the background.</summary>
    Background,

    /// <summary>A <c>(</c> or <c>)</c> of a subshell.</summary>
    Subshell,
}

/// <summary>A redirection such as <c>&gt; /dev/null</c>, <c>2&gt;&amp;1</c> or <c>&lt;&lt;EOF</c>.</summary>
public sealed class ShellRedirection
{
    internal ShellRedirection(string @operator, ShellWord? target, SourceRegion region)
    {
        Operator = @operator;
        Target = target;
        Region = region;
    }

    /// <summary>As written, with any file descriptor: <c>&gt;</c>, <c>2&gt;&gt;</c>, <c>&lt;&lt;-</c>.</summary>
    public string Operator { get; }

    public ShellWord? Target { get; }

    public SourceRegion Region { get; }
}

/// <summary>One simple command of a RUN: leading assignments, words, redirections.</summary>
public sealed class ShellCommand
{
    internal ShellCommand(IReadOnlyList<ShellWord> assignments, IReadOnlyList<ShellWord> words, IReadOnlyList<ShellRedirection> redirections, ShellSeparator precededBy, SourceRegion region)
    {
        Assignments = assignments;
        Words = words;
        Redirections = redirections;
        PrecededBy = precededBy;
        Region = region;
    }

    /// <summary><c>NAME=value</c> words before the command name (<c>DEBIAN_FRONTEND=noninteractive apt-get ...</c>).</summary>
    public IReadOnlyList<ShellWord> Assignments { get; }

    /// <summary>The command name and its arguments; shell keywords such as <c>then</c> or <c>do</c> before it are dropped.</summary>
    public IReadOnlyList<ShellWord> Words { get; }

    public IReadOnlyList<ShellRedirection> Redirections { get; }

    public ShellSeparator PrecededBy { get; }

    public SourceRegion Region { get; }

    /// <summary>The command as written (<c>/usr/bin/apt-get</c>), or empty for a bare assignment.</summary>
    public string Name => Words.Count > 0 ? Words[0].Value : string.Empty;

    /// <summary>The command without its directory (<c>apt-get</c>).</summary>
    public string ProgramName
    {
        get
        {
            var name = Name;
            var slash = name.LastIndexOf('/');
            return slash >= 0 ? name.Substring(slash + 1) : name;
        }
    }

    public bool IsProgram(string program) => string.Equals(ProgramName, program, StringComparison.Ordinal);

    public override string ToString() => string.Join(" ", Words);
}
