/**
 * What each diagnosis finding of the model (`DiagnosisId`, `src/model/diagnose`) is, in a title and
 * a sentence, per language: part of the explanation tables (`explanations.ts` holds the derivation
 * messages, `explanations-network.ts` the network / RocksDB ones). The diagnosis page reads them
 * through `diagnose.ts`; `{name}` placeholders are filled from a finding's params.
 */
import type { DiagnosisId } from '~/model/diagnose';

export interface DiagnosisText {
  title: string;
  /** Which pool or mechanism it is, in a sentence. */
  what: string;
}

export const enDiagnoses: Record<DiagnosisId, DiagnosisText> = {
  'java-heap-space': {
    title: 'Java heap space',
    what: 'The JVM heap (-Xmx = framework heap + task heap) is full. Objects your operators, heap state (HashMap backend) or records keep alive no longer fit.',
  },
  'gc-overhead-limit': {
    title: 'GC overhead limit exceeded',
    what: 'The JVM heap is nearly full: the garbage collector spends almost all its time and frees almost nothing. Same pool as "Java heap space".',
  },
  'direct-buffer-memory': {
    title: 'Direct buffer memory',
    what: 'JVM direct memory (-XX:MaxDirectMemorySize = framework off-heap + task off-heap + network) is exhausted — usually by a connector or client library allocating direct ByteBuffers, not by Flink\'s network buffers.',
  },
  metaspace: {
    title: 'Metaspace',
    what: 'JVM metaspace (-XX:MaxMetaspaceSize) holds loaded classes. It fills up when classes are loaded again on every job (re)submission and the old class loaders cannot be collected.',
  },
  'network-buffer-pool-allocation': {
    title: 'Could not allocate enough memory segments for NetworkBufferPool',
    what: 'At start-up the TaskManager could not allocate its network memory ({requiredMb} MB) as direct memory: the JVM direct-memory limit or the machine is smaller than the network memory Flink derived.',
  },
  'insufficient-network-buffers': {
    title: 'Insufficient number of network buffers',
    what: 'The TaskManager\'s network buffer pool could not give a new input gate or result partition its required buffers: {required} were needed, {available} were left.',
  },
  'yarn-container-killed': {
    title: 'Container killed by YARN (physical memory)',
    what: 'YARN measured the process\'s resident memory ({usage}) above the container limit ({limit}) and killed it. Something outside the JVM heap — native memory — outgrew Flink\'s budget.',
  },
  'kubernetes-oomkilled': {
    title: 'OOMKilled on Kubernetes (exit code 137)',
    what: 'The kernel killed the container because its resident memory reached the pod\'s memory limit. The JVM heap rarely does this: native memory (RocksDB, JNI, threads, allocator fragmentation) does.',
  },
  'illegal-configuration': {
    title: 'IllegalConfigurationException',
    what: 'Flink refused the memory configuration before starting the process: the options contradict each other or do not fit the total.',
  },
  'long-gc-pause': {
    title: 'Long garbage-collection pause',
    what: 'The JVM stopped all threads for {ms} ms to collect garbage. During such a pause the process answers no heartbeat.',
  },
  'heartbeat-timeout': {
    title: 'Heartbeat timeout',
    what: 'The {component} {who} did not answer heartbeats in time. With memory trouble, the usual reason is a long GC pause or a killed process, not the network.',
  },
  'rocksdb-native-memory': {
    title: 'RocksDB memory beyond managed memory',
    what: 'The job uses RocksDB and the process was killed for its resident memory. RocksDB allocates natively; when it is not bounded by managed memory, or has many states (column families), it can grow past the budget.',
  },
};

export const zhDiagnoses: Record<DiagnosisId, DiagnosisText> = {
  'java-heap-space': {
    title: 'Java heap space（堆内存溢出）',
    what: 'JVM 堆内存（-Xmx = 框架堆内存 + 任务堆内存）已满：算子、堆上状态（HashMap 状态后端）或记录持有的对象放不下了。',
  },
  'gc-overhead-limit': {
    title: 'GC overhead limit exceeded（GC 开销超限）',
    what: 'JVM 堆内存几乎用满：垃圾回收占用了几乎全部时间，却几乎回收不了内存。与 “Java heap space” 是同一块内存。',
  },
  'direct-buffer-memory': {
    title: 'Direct buffer memory（直接内存溢出）',
    what: 'JVM 直接内存（-XX:MaxDirectMemorySize = 框架堆外 + 任务堆外 + 网络内存）耗尽——通常是连接器或客户端库分配的 DirectByteBuffer，而不是 Flink 的网络缓冲区。',
  },
  metaspace: {
    title: 'Metaspace（元空间溢出）',
    what: 'JVM 元空间（-XX:MaxMetaspaceSize）存放已加载的类。每次提交（或重启）作业都重新加载类、而旧的类加载器无法回收时，它就会被占满。',
  },
  'network-buffer-pool-allocation': {
    title: 'Could not allocate enough memory segments for NetworkBufferPool（网络缓冲池分配失败）',
    what: 'TaskManager 启动时无法以直接内存的形式分配网络内存（{requiredMb} MB）：JVM 直接内存上限或机器内存小于 Flink 推导出的网络内存。',
  },
  'insufficient-network-buffers': {
    title: 'Insufficient number of network buffers（网络缓冲区不足）',
    what: 'TaskManager 的网络缓冲池无法为新的输入门（InputGate）或结果分区提供所需的缓冲区：需要 {required} 个，只剩 {available} 个。',
  },
  'yarn-container-killed': {
    title: 'YARN 因物理内存超限杀死容器',
    what: 'YARN 测得进程常驻内存（{usage}）超过容器上限（{limit}），于是杀死了容器。超出的是 JVM 堆以外的原生内存，它超出了 Flink 的内存预算。',
  },
  'kubernetes-oomkilled': {
    title: 'Kubernetes OOMKilled（退出码 137）',
    what: '容器常驻内存达到 Pod 的内存 limit，被内核杀死。这很少是 JVM 堆造成的，通常是原生内存（RocksDB、JNI、线程、内存分配器碎片）。',
  },
  'illegal-configuration': {
    title: 'IllegalConfigurationException（配置冲突）',
    what: 'Flink 在启动进程之前就拒绝了内存配置：选项之间相互矛盾，或者各部分加起来超过了总量。',
  },
  'long-gc-pause': {
    title: '长时间 GC 停顿',
    what: 'JVM 为了垃圾回收暂停了所有线程 {ms} 毫秒。停顿期间进程不会响应任何心跳。',
  },
  'heartbeat-timeout': {
    title: '心跳超时',
    what: '{component} {who} 没有按时响应心跳。在内存问题中，常见原因是长时间 GC 停顿或进程被杀死，而不是网络。',
  },
  'rocksdb-native-memory': {
    title: 'RocksDB 内存超出托管内存',
    what: '作业使用 RocksDB，进程因常驻内存超限被杀。RocksDB 在原生内存中分配；当它不受托管内存约束，或状态（列族）很多时，可能超出预算。',
  },
};
