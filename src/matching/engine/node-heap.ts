// Binary min-heap of node ids keyed by dist, ties to the lower id (determinism).
export class NodeHeap {
  size = 0;
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  private readonly key: Float64Array;

  constructor(nodes: number, key: Float64Array) {
    this.items = new Int32Array(nodes);
    this.position = new Int32Array(nodes).fill(-1);
    this.key = key;
  }

  top(): number {
    return this.items[0];
  }

  push(node: number): void {
    this.items[this.size] = node;
    this.position[node] = this.size;
    this.size++;
    this.up(this.size - 1);
  }

  decrease(node: number): void {
    this.up(this.position[node]);
  }

  pop(): number {
    const top = this.items[0];
    this.position[top] = -1;
    this.size--;
    if (this.size > 0) {
      const last = this.items[this.size];
      this.items[0] = last;
      this.position[last] = 0;
      this.down(0);
    }
    return top;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) {
      this.position[this.items[k]] = -1;
    }
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && a < b);
  }

  private up(index: number): void {
    const { items, position } = this;
    const node = items[index];
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const other = items[parent];
      if (!this.less(node, other)) {
        break;
      }
      items[index] = other;
      position[other] = index;
      index = parent;
    }
    items[index] = node;
    position[node] = index;
  }

  private down(index: number): void {
    const { items, position } = this;
    const node = items[index];
    for (;;) {
      let child = 2 * index + 1;
      if (child >= this.size) {
        break;
      }
      if (child + 1 < this.size && this.less(items[child + 1], items[child])) {
        child++;
      }
      const other = items[child];
      if (!this.less(other, node)) {
        break;
      }
      items[index] = other;
      position[other] = index;
      index = child;
    }
    items[index] = node;
    position[node] = index;
  }
}
