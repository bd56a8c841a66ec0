using GrensJobs.Core.Profiles;
using GrensJobs.Normalisation;
using GrensJobs.Storage.Profiles;

namespace GrensJobs.Matching.Profiles;

/// <summary>
/// The private profile index: every stored profile by the occupation keys a vacancy can reach it through (concept,
/// ISCO-08 unit group, minor group, an asked ISCO prefix). Kept in the matching process's memory only, built from the
/// store and following its profile sequence, never written to disk and never used by public search — so a purge
/// from the store is a purge from the index at its next catch-up, and no copy survives in index files.
/// </summary>
public sealed class ProfileIndex(VacancyNormaliser normaliser)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, NormalisedProfile> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byKey = new(StringComparer.Ordinal);
    private long _sequence;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _profiles.Count;
            }
        }
    }

    /// <summary>Applies the store's profile changes since the last catch-up; returns how many were applied.</summary>
    public async Task<int> CatchUpAsync(IProfileStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var applied = 0;
        while (true)
        {
            long after;
            lock (_gate)
            {
                after = _sequence;
            }

            var changes = await store.ReadChangesAsync(after, 5_000, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (var id in changes.Purged)
                {
                    Remove(id);
                }

                foreach (var stored in changes.Changed)
                {
                    Remove(stored.Id);
                    Add(stored.Profile);
                }

                _sequence = Math.Max(_sequence, changes.LastSequence);
            }

            applied += changes.Changed.Count + changes.Purged.Count;
            if (changes.Changed.Count < 5_000)
            {
                return applied;
            }
        }
    }

    /// <summary>The profiles a vacancy of this concept and ISCO-08 code can reach.</summary>
    public IReadOnlyList<NormalisedProfile> Candidates(string? esco, string? isco)
    {
        var keys = new List<string>(6);
        if (esco is not null)
        {
            keys.Add("c:" + esco);
        }

        if (isco is { Length: >= 1 })
        {
            for (var length = 1; length <= Math.Min(4, isco.Length); length++)
            {
                keys.Add("i:" + isco[..length]);
            }
        }

        lock (_gate)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (_byKey.TryGetValue(key, out var set))
                {
                    ids.UnionWith(set);
                }
            }

            return [.. ids.Select(id => _profiles[id])];
        }
    }

    private void Add(NormalisedProfile profile)
    {
        var id = profile.Profile.Id;
        _profiles[id] = profile;
        foreach (var key in KeysOf(profile))
        {
            if (!_byKey.TryGetValue(key, out var set))
            {
                _byKey[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(id);
        }
    }

    private void Remove(string id)
    {
        if (!_profiles.Remove(id, out var profile))
        {
            return;
        }

        foreach (var key in KeysOf(profile))
        {
            if (_byKey.TryGetValue(key, out var set) && set.Remove(id) && set.Count == 0)
            {
                _byKey.Remove(key);
            }
        }
    }

    /// <summary>
    /// A profile is reachable through each desired concept and the concepts sharing a label with it, and through each
    /// desired ISCO code and its minor group (a vacancy looks up every prefix of its own code): the same reach as the
    /// candidate search of the other direction. The scorer decides the rest.
    /// </summary>
    private IEnumerable<string> KeysOf(NormalisedProfile profile)
    {
        foreach (var occupation in profile.Occupations)
        {
            if (occupation.Esco is { } esco)
            {
                yield return "c:" + esco;
                foreach (var shared in normaliser.ConceptsSharingLabels(esco))
                {
                    yield return "c:" + shared;
                }
            }

            if (occupation.Isco is { } isco)
            {
                yield return "i:" + isco;
                if (isco.Length == 4)
                {
                    yield return "i:" + isco[..3];
                }
            }
        }
    }
}
