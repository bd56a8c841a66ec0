namespace GrensJobs.Storage.Profiles;

public readonly record struct ProfileUpsertSummary(int Created, int Updated, int Unchanged);
