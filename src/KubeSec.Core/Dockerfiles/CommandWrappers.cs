using System;
using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Finds the program a command really runs behind wrappers that run the rest of their command line:
/// <c>sudo -u app env A=1 xargs -n1 apt-get ...</c> runs apt-get.
/// </summary>
public static class CommandWrappers
{
    /// <summary>Programs that run the command after their own options: sudo, env, xargs, nice ...</summary>
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "sudo", "doas", "env", "xargs", "nice", "nohup", "time", "command", "exec", "gosu", "su-exec", "chroot", "stdbuf", "timeout",
    };

    /// <summary>Skips wrappers and their options: <c>sudo -u app env A=1 apt-get</c> finds apt-get.</summary>
    public static int ProgramIndex(ShellCommand command)
    {
        var words = command.Words;
        var i = 0;
        while (i < words.Count && Wrappers.Contains(BaseName(words[i].Value)))
        {
            var wrapper = BaseName(words[i].Value);
            i++;
            while (i < words.Count)
            {
                var value = words[i].Value;
                if (value.StartsWith("-", StringComparison.Ordinal))
                {
                    // Options that take a separate value.
                    i += TakesValue(wrapper, value) ? 2 : 1;
                }
                else if (wrapper == "env" && value.IndexOf('=') > 0)
                {
                    i++;
                }
                else if (wrapper is "gosu" or "su-exec" or "chroot" or "timeout")
                {
                    // The user, new root or duration comes first.
                    i++;
                    break;
                }
                else
                {
                    break;
                }
            }
        }

        return Math.Min(i, words.Count);
    }

    private static bool TakesValue(string wrapper, string option) => wrapper switch
    {
        "sudo" => option is "-u" or "-g" or "-h" or "-p" or "-C" or "-r" or "-t" or "-U" or "-D",
        "env" => option is "-u" or "-C" or "-S",
        "xargs" => option is "-I" or "-n" or "-P" or "-L" or "-d" or "-E" or "-s" or "-a",
        "nice" => option is "-n",
        _ => false,
    };

    public static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
