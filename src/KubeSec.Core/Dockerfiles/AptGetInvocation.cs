using System;
using System.Collections.Generic;
using System.Globalization;

namespace KubeSec.Dockerfiles;

/// <summary>
/// An <c>apt-get</c> command read the way apt-get reads its options: bundled short options
/// (<c>-yq</c>), options that take a value (<c>-o X=Y</c>, <c>-t release</c>), <c>-o</c>
/// configuration (<c>APT::Get::Assume-Yes</c>, <c>APT::Install-Recommends</c>), and the quiet level,
/// since level 2 (<c>-qq</c>, <c>-q=2</c>) implies <c>-y</c>.
/// </summary>
public sealed class AptGetInvocation
{
    private static readonly HashSet<string> LongOptionsWithValue = new(StringComparer.Ordinal)
    {
        "option", "config-file", "target-release", "default-release", "host-architecture",
    };

    private int _quietLevel;
    private bool _yes;

    private AptGetInvocation(ShellCommand command, int programIndex, bool fedByYes)
    {
        Command = command;
        IsFedByYes = fedByYes;
        Read(command.Words, programIndex);
    }

    public ShellCommand Command { get; }

    /// <summary>The first word that is not an option: <c>install</c>, <c>update</c>, ...; null when there is none.</summary>
    public ShellWord? Subcommand { get; private set; }

    public bool IsInstall => Subcommand is { } word && word.Value == "install";

    /// <summary><c>-y</c>, <c>--yes</c>, <c>--assume-yes</c>, quiet level 2, or <c>APT::Get::Assume-Yes=true</c>.</summary>
    public bool AssumesYes => _yes || _quietLevel >= 2;

    /// <summary>The command reads <c>yes |</c>'s output, which answers the prompt too.</summary>
    public bool IsFedByYes { get; }

    /// <summary><c>--no-install-recommends</c>, <c>--install-recommends=false</c> or <c>-o APT::Install-Recommends=false</c>.</summary>
    public bool SkipsRecommends { get; private set; }

    /// <summary>A word is a variable or substitution (<c>$APT_OPTS</c>) that may hold options, so absent options prove nothing.</summary>
    public bool HasOpaqueWords { get; private set; }

    /// <summary>The apt-get commands among a script's commands, in order.</summary>
    public static IEnumerable<AptGetInvocation> In(IReadOnlyList<ShellCommand> commands)
    {
        for (var i = 0; i < commands.Count; i++)
        {
            // sudo apt-get, env X=1 apt-get ...: the wrapper's own options are not apt-get's.
            var program = CommandWrappers.ProgramIndex(commands[i]);
            if (program < commands[i].Words.Count && CommandWrappers.BaseName(commands[i].Words[program].Value) == "apt-get")
            {
                var fedByYes = i > 0 && commands[i].PrecededBy == ShellSeparator.Pipe && commands[i - 1].IsProgram("yes");
                yield return new AptGetInvocation(commands[i], program, fedByYes);
            }
        }
    }

    private void Read(IReadOnlyList<ShellWord> words, int programIndex)
    {
        for (var i = programIndex + 1; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (words[i].HasExpansion && !words[i].IsQuoted)
            {
                HasOpaqueWords = true;
            }

            if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2)
            {
                var equals = word.IndexOf('=');
                var name = equals < 0 ? word.Substring(2) : word.Substring(2, equals - 2);
                var value = equals < 0 ? null : word.Substring(equals + 1);
                if (value is null && LongOptionsWithValue.Contains(name) && i + 1 < words.Count)
                {
                    value = words[++i].Value;
                }

                ReadLong(name, value);
            }
            else if (word.StartsWith("-", StringComparison.Ordinal) && word.Length > 1)
            {
                i = ReadShort(words, i);
            }
            else if (Subcommand is null)
            {
                Subcommand = words[i];
            }
        }
    }

    private void ReadLong(string name, string? value)
    {
        switch (name)
        {
            case "yes":
            case "assume-yes":
                _yes = value is null || IsTrue(value);
                break;
            case "quiet":
                _quietLevel = value is null ? _quietLevel + 1 : Level(value);
                break;
            case "no-install-recommends":
                SkipsRecommends = true;
                break;
            case "install-recommends":
                SkipsRecommends = value is not null && IsFalse(value);
                break;
            case "option":
                if (value is not null)
                {
                    ReadConfiguration(value);
                }

                break;
        }
    }

    /// <summary>Reads a bundle such as <c>-yqq</c> or <c>-oAPT::X=1</c>; returns the index of the last word used.</summary>
    private int ReadShort(IReadOnlyList<ShellWord> words, int i)
    {
        var word = words[i].Value;
        for (var j = 1; j < word.Length; j++)
        {
            var option = word[j];
            if (option == 'y')
            {
                _yes = true;
            }
            else if (option == 'q' && j + 1 < word.Length && word[j + 1] == '=')
            {
                _quietLevel = Level(word.Substring(j + 2));
                return i;
            }
            else if (option == 'q')
            {
                _quietLevel++;
            }
            else if (option is 'o' or 'c' or 't' or 'a')
            {
                var value = j + 1 < word.Length ? word.Substring(j + 1).TrimStart('=') : i + 1 < words.Count ? words[++i].Value : string.Empty;
                if (option == 'o')
                {
                    ReadConfiguration(value);
                }

                return i;
            }
        }

        return i;
    }

    private void ReadConfiguration(string setting)
    {
        var equals = setting.IndexOf('=');
        if (equals < 0)
        {
            return;
        }

        var key = setting.Substring(0, equals).Trim();
        var value = setting.Substring(equals + 1).Trim();
        if (string.Equals(key, "APT::Get::Assume-Yes", StringComparison.OrdinalIgnoreCase))
        {
            _yes = IsTrue(value);
        }
        else if (string.Equals(key, "APT::Install-Recommends", StringComparison.OrdinalIgnoreCase))
        {
            SkipsRecommends = IsFalse(value);
        }
        else if (string.Equals(key, "quiet", StringComparison.OrdinalIgnoreCase))
        {
            _quietLevel = Level(value);
        }
    }

    private static int Level(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : 0;

    // apt's boolean words (StringToBool), plus numbers.
    private static bool IsTrue(string value) =>
        value.ToLowerInvariant() is "true" or "yes" or "with" or "on" or "enable" || Level(value) > 0;

    private static bool IsFalse(string value) =>
        value.ToLowerInvariant() is "false" or "no" or "without" or "off" or "disable" or "0";
}
