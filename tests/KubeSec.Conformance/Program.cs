using System;
using System.IO;

namespace KubeSec.Conformance;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "conformance" && Directory.Exists(args[1]))
        {
            return ConformanceScore.Run(args[1], Console.Out);
        }

        if (args.Length == 2 && args[0] == "corpus" && Directory.Exists(args[1]))
        {
            return CorpusRun.Run(args[1], Console.Out);
        }

        Console.Error.WriteLine("usage: KubeSec.Conformance conformance <shared/conformance folder> | corpus <shared/corpus/k8s folder>");
        return 2;
    }
}
