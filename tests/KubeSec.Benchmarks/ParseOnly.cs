using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeSec.Benchmarks;

/// <summary>The baseline: YamlDotNet's parser reading every event of every file, nothing more.</summary>
internal static class ParseOnly
{
    public static int Run(IReadOnlyList<string> paths)
    {
        var events = 0;
        foreach (var path in paths)
        {
            try
            {
                var parser = new Parser(new Scanner(new StringReader(File.ReadAllText(path)), skipComments: true));
                while (parser.MoveNext())
                {
                    if (parser.Current is Scalar or MappingStart or SequenceStart)
                    {
                        events++;
                    }
                }
            }
            catch (YamlException)
            {
                // Files YamlDotNet refuses cost what they cost up to the error, as in the scan.
            }
        }

        return events;
    }
}
