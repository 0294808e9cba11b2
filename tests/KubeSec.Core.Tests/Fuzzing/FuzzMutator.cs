using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KubeSec.Tests.Fuzzing;

/// <summary>How far the mutator may go. The CI run stays shallow; <c>build/fuzz.sh</c> goes deeper.</summary>
public sealed class FuzzLimits
{
    /// <summary>
    /// The deepest nesting one mutation writes, in brackets (<c>[</c>, <c>${A:-</c>, <c>$(</c>, quotes): far past
    /// every parser's nesting limit (64 for Dockerfile variables and shell, YAML's depth limit), so the limits
    /// themselves are what is tested. Inputs are cut at <see cref="MaxInputBytes"/>, which bounds the cost.
    /// </summary>
    public int MaxNesting { get; init; } = 20_000;

    /// <summary>The longest ARG doubling chain (<c>ARG A1=$A0$A0</c> ...): 2^n characters if expanded whole.</summary>
    public int MaxDoublingChain { get; init; } = 40;

    /// <summary>
    /// How many times a line, token or ENV pair is repeated at most in the CI run; the long runs go to 100,000.
    /// </summary>
    public int MaxRepeat { get; init; } = 10_000;

    /// <summary>Inputs are cut to this many bytes after mutation.</summary>
    public int MaxInputBytes { get; init; } = 64 * 1024;

    public static FuzzLimits ContinuousIntegration { get; } = new();
}

/// <summary>
/// A seeded structural mutator: the same seed and seeds give the same inputs on every machine
/// (<see cref="Random"/> with a seed is deterministic). Each input is a seed with one to four
/// mutations stacked: byte flips, inserted bytes, splices of lines from other inputs, deep nesting,
/// huge repeats, byte-order marks, NULs, invalid UTF-8, CR/CRLF/tab changes, alias chains, ARG
/// doubling chains, long ENV lines, continuations and unterminated heredocs.
/// </summary>
public sealed class FuzzMutator
{
    private static readonly byte[][] Bytes =
    {
        new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xFE, 0xFF }, new byte[] { 0 },
        new byte[] { 0xC0, 0x80 }, new byte[] { 0xFF }, new byte[] { 0x80 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xE2, 0x82 }, new byte[] { 0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m' }, new byte[] { (byte)'\r' }, new byte[] { (byte)'\t' },
    };

    private static readonly string[] Tokens =
    {
        "[", "]", "{", "}", ":", ": ", "- ", ",", "#", "&a ", "*a", "!!bool ", "!!str ", "|", ">", "'", "\"", "\\", "`", "? ", "%YAML 1.2\n", "---\n", "...\n",
        "$", "${", "}", "${A:-", "${A:+", "${A-", "$(", ")", "<<EOF\n", "<<-EOF\n", "EOF\n", "\\\n", "# escape=`\n", "# syntax=docker/dockerfile:1\n",
        "ARG ", "ENV ", "USER ", "FROM ", "RUN ", "COPY ", "CMD [", "ENTRYPOINT [\"", "HEALTHCHECK ", "ONBUILD ", "SHELL [\"/bin/sh\"]\n",
        "0x0", "0o0", "1e3", "~", "null", "true", "\"true\"", "100%", "-1", "9999999999999999999999",
    };

    private readonly Random _random;
    private readonly FuzzLimits _limits;
    private readonly IReadOnlyList<byte[]> _donors;

    public FuzzMutator(int seed, IReadOnlyList<byte[]> donors, FuzzLimits? limits = null)
    {
        _random = new Random(seed);
        _donors = donors;
        _limits = limits ?? FuzzLimits.ContinuousIntegration;
    }

    /// <summary>A mutated copy of <paramref name="seed"/>, with a note of what was done (for the failure report).</summary>
    public (byte[] Input, string Mutations) Mutate(byte[] seed)
    {
        var input = new List<byte>(seed);
        var notes = new List<string>();
        var count = 1 + _random.Next(4);
        for (var i = 0; i < count; i++)
        {
            notes.Add(MutateOnce(input));
            if (input.Count > _limits.MaxInputBytes)
            {
                input.RemoveRange(_limits.MaxInputBytes, input.Count - _limits.MaxInputBytes);
            }
        }

        return (input.ToArray(), string.Join("; ", notes));
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    private string MutateOnce(List<byte> input)
    {
        switch (_random.Next(15))
        {
            case 0:
            {
                var flips = 1 + _random.Next(8);
                for (var i = 0; i < flips && input.Count > 0; i++)
                {
                    var at = _random.Next(input.Count);
                    input[at] = (byte)(input[at] ^ (1 << _random.Next(8)));
                }

                return "flip " + flips + " bits";
            }

            case 1:
            {
                var bytes = Bytes[_random.Next(Bytes.Length)];
                var at = _random.Next(3) == 0 ? 0 : Position(input);
                input.InsertRange(at, bytes);
                return "insert " + BitConverter.ToString(bytes) + " at " + at;
            }

            case 2:
            {
                var token = Tokens[_random.Next(Tokens.Length)];
                var at = Position(input);
                input.InsertRange(at, Encoding.UTF8.GetBytes(token));
                return "insert token " + Quote(token) + " at " + at;
            }

            case 3:
            {
                if (input.Count == 0)
                {
                    return "delete nothing";
                }

                var at = _random.Next(input.Count);
                var length = Math.Min(input.Count - at, 1 + _random.Next(64));
                input.RemoveRange(at, length);
                return "delete " + length + " at " + at;
            }

            case 4:
            {
                var donor = Lines(_donors[_random.Next(_donors.Count)]);
                var from = _random.Next(donor.Count);
                var take = Math.Min(donor.Count - from, 1 + _random.Next(12));
                var at = LineStart(input);
                input.InsertRange(at, donor.Skip(from).Take(take).SelectMany(line => line));
                return "splice " + take + " donor lines at " + at;
            }

            case 5:
                return Nest(input);

            case 6:
            {
                var lines = Lines(input.ToArray());
                var line = lines[_random.Next(lines.Count)];
                var times = 2 + _random.Next(Math.Max(1, Math.Min(_limits.MaxRepeat, _limits.MaxInputBytes / Math.Max(1, line.Length))));
                var at = LineStart(input);
                var repeated = new List<byte>(line.Length * times);
                for (var i = 0; i < times; i++)
                {
                    repeated.AddRange(line);
                }

                input.InsertRange(at, repeated);
                return "repeat a line " + times + " times";
            }

            case 7:
            {
                var token = Tokens[_random.Next(Tokens.Length)];
                var times = 2 + _random.Next(_limits.MaxRepeat);
                input.InsertRange(Position(input), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(token, times))));
                return "repeat token " + Quote(token) + " " + times + " times";
            }

            case 8:
            {
                var text = Encoding.UTF8.GetString(input.ToArray());
                var (changed, what) = _random.Next(4) switch
                {
                    0 => (text.Replace("\n", "\r\n"), "LF to CRLF"),
                    1 => (text.Replace("\n", "\r"), "LF to CR"),
                    2 => (text.Replace("\n  ", "\n\t"), "indent with tabs"),
                    _ => (text.Replace("\n", "\n\u00A0"), "no-break spaces at line starts"),
                };
                input.Clear();
                input.AddRange(Encoding.UTF8.GetBytes(changed));
                return what;
            }

            case 9:
            {
                var length = 2 + _random.Next(30);
                var chain = new StringBuilder("a0: &a0 [x, y]\n");
                for (var i = 1; i < length; i++)
                {
                    chain.Append('a').Append(i).Append(": &a").Append(i).Append(" [*a").Append(i - 1).Append(", *a").Append(i - 1).Append("]\n");
                }

                input.InsertRange(LineStart(input), Encoding.UTF8.GetBytes(chain.ToString()));
                return "alias chain of " + length;
            }

            case 10:
            {
                var length = 2 + _random.Next(_limits.MaxDoublingChain - 1);
                var chain = new StringBuilder("ARG A0=xy\n");
                for (var i = 1; i < length; i++)
                {
                    chain.Append("ARG A").Append(i).Append("=$A").Append(i - 1).Append("${A").Append(i - 1).Append("}\n");
                }

                chain.Append("USER $A").Append(length - 1).Append("\nFROM alpine:$A").Append(length - 1).Append('\n');
                input.InsertRange(LineStart(input), Encoding.UTF8.GetBytes(chain.ToString()));
                return "ARG doubling chain of " + length;
            }

            case 11:
            {
                var pairs = 1 + _random.Next(_limits.MaxRepeat);
                var env = new StringBuilder(_random.Next(2) == 0 ? "ENV" : "ARG");
                for (var i = 0; i < pairs; i++)
                {
                    env.Append(' ').Append('K').Append(i % 97).Append("=\"v $K").Append((i + 1) % 97).Append('"');
                }

                input.InsertRange(LineStart(input), Encoding.UTF8.GetBytes(env.Append('\n').ToString()));
                return "one " + env.ToString(0, 3) + " line of " + pairs + " pairs";
            }

            case 12:
            {
                var lines = 1 + _random.Next(_limits.MaxRepeat / 10 + 1);
                var text = new StringBuilder("RUN echo \\\n");
                for (var i = 0; i < lines; i++)
                {
                    text.Append(i % 3 == 0 ? "  # comment inside\n" : "  x \\\n");
                }

                text.Append(_random.Next(2) == 0 ? "RUN <<EOF\nnever ended\n" : "\n");
                input.InsertRange(LineStart(input), Encoding.UTF8.GetBytes(text.ToString()));
                return "continuation of " + lines + " lines";
            }

            case 13:
            {
                // A BOM where kubectl skips it: at the very start, twice, or right after a document marker.
                var bom = new byte[] { 0xEF, 0xBB, 0xBF };
                var text = input.ToArray();
                var marker = Encoding.UTF8.GetBytes("---\n");
                var at = IndexOf(text, marker);
                input.InsertRange(at >= 0 && _random.Next(2) == 0 ? at + marker.Length : 0, _random.Next(2) == 0 ? bom : bom.Concat(bom).ToArray());
                return "BOMs";
            }

            default:
            {
                var at = Position(input);
                var length = 1 + _random.Next(16);
                for (var i = 0; i < length; i++)
                {
                    input.Insert(at, (byte)_random.Next(256));
                }

                return "insert " + length + " random bytes at " + at;
            }
        }
    }

    private string Nest(List<byte> input)
    {
        var nesting = 1 + _random.Next(_limits.MaxNesting);
        var shape = _random.Next(8);
        var depth = shape == 3 ? Math.Max(1, nesting / 2) : nesting; // two brackets a level
        var (open, close) = shape switch
        {
            0 => ("[", "]"),
            1 => ("{a: ", "}"),
            2 => ("${A:-", "}"),
            3 => ("${A:+${B-", "}}"),
            4 => ("$(", ")"),
            5 => ("\"", "\""),
            6 => ("- ", string.Empty),
            _ => ("'", "'"),
        };

        // Sometimes unbalanced: the close part missing, or cut short.
        var closing = _random.Next(3) == 0 ? _random.Next(depth) : depth;
        var text = new StringBuilder(depth * (open.Length + close.Length) + 4);
        text.Insert(0, open, depth).Append('x');
        for (var i = 0; i < closing; i++)
        {
            text.Append(close);
        }

        input.InsertRange(Position(input), Encoding.UTF8.GetBytes(text.ToString()));
        return "nest " + Quote(open) + " " + depth.ToString(CultureInfo.InvariantCulture) + " deep, " + closing.ToString(CultureInfo.InvariantCulture) + " closed";
    }

    private int Position(List<byte> input) => input.Count == 0 ? 0 : _random.Next(input.Count + 1);

    private int LineStart(List<byte> input)
    {
        var at = Position(input);
        while (at > 0 && input[at - 1] != (byte)'\n')
        {
            at--;
        }

        return at;
    }

    private static List<byte[]> Lines(byte[] text)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                lines.Add(text.AsSpan(start, i + 1 - start).ToArray());
                start = i + 1;
            }
        }

        if (start < text.Length || lines.Count == 0)
        {
            lines.Add(text.AsSpan(start).ToArray().Concat(new[] { (byte)'\n' }).ToArray());
        }

        return lines;
    }

    private static int IndexOf(byte[] text, byte[] part)
    {
        for (var i = 0; i + part.Length <= text.Length; i++)
        {
            if (text.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Quote(string token) => "'" + token.Replace("\n", "\\n") + "'";
}
