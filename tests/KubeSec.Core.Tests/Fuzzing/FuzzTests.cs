using System.Threading.Tasks;

namespace KubeSec.Tests.Fuzzing;

/// <summary>
/// A fixed, seeded fuzz run over the YAML loader, the Dockerfile parser and the variable expander, as part of
/// every test run: the same few thousand inputs each time, so a failure here reproduces exactly.
/// <c>build/fuzz.sh [iterations] [seed]</c> runs the same harness longer, deeper and from other seeds.
/// </summary>
[Collection(HeavyTests.Name)]
public class FuzzTests
{
    private const int Iterations = 3_000;
    private const int Seed = 20_261_204;

    [Fact(Timeout = 300000)]
    public async Task Seeded_mutations_of_the_sample_corpora_never_escape_the_engine_or_its_bounds()
    {
        var corpus = FuzzCorpus.Load();

        var failures = await Task.Run(() => new FuzzHarness(corpus).Run(Iterations, Seed));

        Assert.True(corpus.Manifests.Count > 20 && corpus.Dockerfiles.Count > 10, "the sample corpora were not found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact(Timeout = 60000)]
    public async Task The_mutator_is_deterministic_for_a_seed()
    {
        var corpus = FuzzCorpus.Load();

        var (first, second) = await Task.Run(() => (Inputs(corpus, 7), Inputs(corpus, 7)));

        Assert.Equal(first, second);
        Assert.NotEqual(first, Inputs(corpus, 8));
    }

    private static string[] Inputs(FuzzCorpus corpus, int seed)
    {
        var mutator = new FuzzMutator(seed, corpus.All);
        var inputs = new string[50];
        for (var i = 0; i < inputs.Length; i++)
        {
            var seeds = corpus.Seeds((FuzzTarget)(i % 3));
            var (input, mutations) = mutator.Mutate(seeds[mutator.Next(seeds.Count)]);
            inputs[i] = mutations + "\n" + System.Convert.ToBase64String(input);
        }

        return inputs;
    }
}
