/** What the options' Snapshots section says about the space snapshots take on this device. */

const megabytes = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat(undefined);

/** "12 snapshots use 1.4 MB on this device" (below 0.1 MB: "less than 0.1 MB"). */
export function snapshotUsageText(usage: { count: number; bytes: number }): string {
  const size = usage.bytes / (1024 * 1024);
  const amount = size < 0.05 ? `less than ${megabytes.format(0.1)}` : megabytes.format(size);
  return usage.count === 1
    ? `1 snapshot uses ${amount} on this device`
    : `${count.format(usage.count)} snapshots use ${amount} on this device`;
}
