using System.Collections.Generic;
using System.Text;

namespace KubeSec.Dockerfiles;

/// <summary>
/// One logical instruction line split the way BuildKit splits it: the keyword, the leading
/// <c>--flag[=value]</c> words, the remaining arguments, and whether they are a JSON array.
/// </summary>
internal sealed class InstructionLine
{
    private InstructionLine(string keyword, int keywordLength, List<InstructionFlag> flags, MappedText arguments)
    {
        Keyword = keyword;
        KeywordLength = keywordLength;
        Flags = flags;
        Arguments = arguments;
    }

    public string Keyword { get; }

    public int KeywordLength { get; }

    public List<InstructionFlag> Flags { get; }

    public MappedText Arguments { get; }

    public static InstructionLine Split(MappedText line)
    {
        var text = line.Text;
        var position = 0;
        while (position < text.Length && !ArgumentWords.IsSpace(text[position]))
        {
            position++;
        }

        var keywordLength = position;
        var keyword = text.Substring(0, keywordLength).ToUpperInvariant();
        var flags = new List<InstructionFlag>();
        position = ReadFlags(line, position, flags);
        var end = text.Length;
        while (end > position && ArgumentWords.IsSpace(text[end - 1]))
        {
            end--;
        }

        return new InstructionLine(keyword, keywordLength, flags, line.Slice(position, end - position));
    }

    /// <summary>Reads <c>--name[=value]</c> words (quotes and <c>\</c> escapes allowed); a bare <c>--</c> ends them.</summary>
    private static int ReadFlags(MappedText line, int position, List<InstructionFlag> flags)
    {
        var text = line.Text;
        while (true)
        {
            while (position < text.Length && ArgumentWords.IsSpace(text[position]))
            {
                position++;
            }

            if (position + 1 >= text.Length || text[position] != '-' || text[position + 1] != '-')
            {
                return position;
            }

            var start = position;
            var word = new StringBuilder();
            var quote = '\0';
            while (position < text.Length && (quote != '\0' || !ArgumentWords.IsSpace(text[position])))
            {
                var c = text[position++];
                if (quote == '\0' && (c == '\'' || c == '"'))
                {
                    quote = c;
                }
                else if (quote != '\0' && c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && position < text.Length)
                {
                    word.Append(text[position++]);
                }
                else if (c != '\\')
                {
                    word.Append(c);
                }
            }

            var raw = word.ToString();
            if (raw == "--")
            {
                return position;
            }

            var equals = raw.IndexOf('=');
            var name = equals < 0 ? raw.Substring(2) : raw.Substring(2, equals - 2);
            var value = equals < 0 ? null : raw.Substring(equals + 1);
            flags.Add(new InstructionFlag(name, value, line.RegionOf(start, position - start)));
        }
    }
}
