// Reads the parts of a TensorFlow Lite model (a FlatBuffer, schema `tflite/schema.fbs`) that a plain
// convolutional graph needs: tensors (shape, type, data), operators (code, inputs, outputs, options).
// Build time only; the runtime never sees the .tflite file.

/** Operator codes (BuiltinOperator) that BlazeFace short-range uses. */
export const OP = {ADD: 0, CONCATENATION: 2, CONV_2D: 3, DEPTHWISE_CONV_2D: 4, DEQUANTIZE: 6, MAX_POOL_2D: 17, RELU: 19, RESHAPE: 22, PAD: 34};
/** Tensor types (TensorType). */
export const TYPE = {FLOAT32: 0, FLOAT16: 1, INT32: 2};

/** @param {Uint8Array} bytes the .tflite file */
export function readTflite(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at) => view.getUint32(at, true);
  // A table starts with an offset back to its vtable; the vtable lists each field's offset in the table.
  const field = (table, index) => {
    if (!table) return 0;
    const vtable = table - view.getInt32(table, true);
    const slot = 4 + 2 * index;
    if (slot >= view.getUint16(vtable, true)) return 0;
    const offset = view.getUint16(vtable + slot, true);
    return offset ? table + offset : 0;
  };
  const scalar = (table, index, read, fallback) => (field(table, index) ? read(field(table, index)) : fallback);
  const i8 = (at) => view.getInt8(at), i32 = (at) => view.getInt32(at, true);
  const vector = (table, index) => {
    const at = field(table, index);
    if (!at) return {length: 0, start: 0};
    const start = at + u32(at);
    return {length: u32(start), start: start + 4};
  };
  const tables = (table, index) => {
    const {length, start} = vector(table, index);
    return Array.from({length}, (_, k) => start + 4 * k + u32(start + 4 * k));
  };
  const ints = (table, index) => {
    const {length, start} = vector(table, index);
    return Array.from({length}, (_, k) => i32(start + 4 * k));
  };
  const subTable = (table, index) => (field(table, index) ? field(table, index) + u32(field(table, index)) : 0);

  const model = u32(0);
  // OperatorCode: deprecated_builtin_code (int8, field 0) or builtin_code (int32, field 3) for codes > 127.
  const codes = tables(model, 1).map((code) => Math.max(scalar(code, 0, i8, 0), scalar(code, 3, i32, 0)));
  const buffers = tables(model, 4).map((buffer) => {
    const {length, start} = vector(buffer, 0);
    return bytes.subarray(start, start + length);
  });
  const graph = tables(model, 2)[0];
  const tensors = tables(graph, 0).map((t) => ({shape: ints(t, 0), type: scalar(t, 1, i8, 0), data: buffers[scalar(t, 2, u32, 0)]}));
  const operators = tables(graph, 3).map((op) => ({
    code: codes[scalar(op, 0, u32, 0)],
    inputs: ints(op, 1),
    outputs: ints(op, 2),
    options: subTable(op, 4),
  }));
  /** Conv2D/DepthwiseConv2D/Pool2D options: stride is field 1 in all three; padding field 0 (0 = SAME). */
  const stride = (op) => scalar(op.options, 1, i32, 1);
  const padding = (op) => scalar(op.options, 0, i8, 0);
  const poolSize = (op) => scalar(op.options, 3, i32, 1);
  return {tensors, operators, inputs: ints(graph, 1), stride, padding, poolSize};
}
