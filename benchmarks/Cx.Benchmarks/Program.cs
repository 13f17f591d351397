using BenchmarkDotNet.Running;

namespace Cx.Benchmarks;

/// <summary>
/// The engine's hot paths per template size. Run all (about 10 minutes on 2 cores):
/// <c>dotnet run -c Release --project benchmarks/Cx.Benchmarks -- --filter '*'</c>;
/// one group: <c>--filter '*Rules*'</c>; a quick look: add <c>--job short</c>.
/// The whole-process comparison with other linters is <c>benchmarks/run.sh</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
