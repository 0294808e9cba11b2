using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Finds the line that closes a heredoc without rescanning the file for each one, so a file full
/// of unterminated heredocs still parses in near-linear time. Built on the first heredoc only.
/// </summary>
internal sealed class HeredocTerminatorIndex
{
    private readonly Dictionary<string, List<int>> _exact = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _tabsStripped = new(System.StringComparer.Ordinal);

    public HeredocTerminatorIndex(LineMap lines)
    {
        for (var line = 0; line < lines.Count; line++)
        {
            var start = lines.Start(line);
            var end = lines.ContentEnd(line);
            Add(_exact, lines.Text.Substring(start, end - start), line);
            var first = start;
            while (first < end && lines.Text[first] == '\t')
            {
                first++;
            }

            Add(_tabsStripped, lines.Text.Substring(first, end - first), line);
        }
    }

    /// <summary>The first line at or after <paramref name="from"/> that closes the heredoc, or -1.</summary>
    public int Find(string name, bool stripsLeadingTabs, int from)
    {
        if (!(stripsLeadingTabs ? _tabsStripped : _exact).TryGetValue(name, out var lines))
        {
            return -1;
        }

        int low = 0, high = lines.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (lines[middle] < from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < lines.Count ? lines[low] : -1;
    }

    private static void Add(Dictionary<string, List<int>> index, string content, int line)
    {
        if (!index.TryGetValue(content, out var lines))
        {
            lines = new List<int>();
            index[content] = lines;
        }

        lines.Add(line);
    }
}
