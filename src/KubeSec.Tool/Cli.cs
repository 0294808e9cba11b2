using System.CommandLine;
using System.IO;
using System.Linq;

namespace KubeSec.Tool;

/// <summary>The command line: <c>kubesec scan</c> and <c>kubesec rules</c>. Exit codes: 0 clean, 1 gate failed, 2 usage or I/O error.</summary>
public static class Cli
{
    public const int Clean = 0;
    public const int GateFailed = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("KubeSec: security lint for Kubernetes manifests and Dockerfiles, the same engine as the KubeSec.Build package.")
        {
            ScanCommand.Create(output, error),
            RulesCommand.Create(output),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("kubesec: " + parseError.Message);
            }

            error.WriteLine("Run 'kubesec --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

}
