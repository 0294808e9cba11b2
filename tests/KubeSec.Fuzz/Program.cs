using System;
using System.Globalization;
using System.IO;
using KubeSec.Tests.Fuzzing;

namespace KubeSec.Fuzz;

/// <summary>
/// <c>KubeSec.Fuzz ITERATIONS SEED OUTPUT-FOLDER [MAX-NESTING] [MAX-REPEAT]</c>: the fuzz harness of the CI run,
/// longer and deeper. Each input is written to OUTPUT-FOLDER/current.bin before it runs, so an input that
/// kills the process (a stack overflow cannot be caught) is left behind; an input that fails is kept as
/// fail-SEED-ITERATION.bin with what went wrong in fail-SEED-ITERATION.txt. Exit code 0 when all passed, 1 when any failed.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 3 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            Console.Error.WriteLine("usage: KubeSec.Fuzz ITERATIONS SEED OUTPUT-FOLDER [MAX-NESTING] [MAX-REPEAT]");
            return 2;
        }

        var output = Directory.CreateDirectory(args[2]).FullName;
        var limits = new FuzzLimits
        {
            MaxNesting = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100_000,
            MaxRepeat = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 100_000,
            MaxDoublingChain = 40,
            MaxInputBytes = 4 * 1024 * 1024,
        };
        var current = Path.Combine(output, "current.bin");
        var harness = new FuzzHarness(FuzzCorpus.Load(), limits, new FuzzBounds { PerInput = TimeSpan.FromSeconds(60), AllocatedBytes = 2L << 30 })
        {
            BeforeInput = (i, target, input) =>
            {
                File.WriteAllBytes(current, input);
                File.WriteAllText(current + ".txt", "seed " + seed.ToString(CultureInfo.InvariantCulture) + " iteration " + i.ToString(CultureInfo.InvariantCulture) + " target " + target + "\n");
                if (i % 500 == 0)
                {
                    Console.WriteLine("iteration " + i.ToString(CultureInfo.InvariantCulture));
                }
            },
        };

        var failures = harness.Run(iterations, seed);
        foreach (var failure in failures)
        {
            var name = Path.Combine(output, "fail-" + seed.ToString(CultureInfo.InvariantCulture) + "-" + failure.Iteration.ToString(CultureInfo.InvariantCulture));
            File.WriteAllBytes(name + ".bin", failure.Input);
            File.WriteAllText(name + ".txt", failure.Target + "\n" + failure.Mutations + "\n" + failure.Problem + "\n");
            Console.WriteLine("FAIL " + failure);
        }

        File.Delete(current);
        File.Delete(current + ".txt");
        Console.WriteLine(failures.Count == 0 ? "fuzz: " + iterations.ToString(CultureInfo.InvariantCulture) + " inputs, no failure" : "fuzz: " + failures.Count.ToString(CultureInfo.InvariantCulture) + " failure(s), inputs in " + output);

        // A hung input's thread cannot be stopped: leave without waiting for it.
        Environment.Exit(failures.Count == 0 ? 0 : 1);
        return 0;
    }
}
