; gvcompile module for graph tiny_fwd
; arena: 64*N bytes; buffers: b0=arg:%x, b1=arg:%_0__weight, b2=arg:%_0__bias, b3=arg:%_1__weight, b4=arg:%_1__bias, b5=temp:%matmul, b6=temp:%add, b7=out:%relu, b8=temp:%matmul_1, b9=out:%add_1, b10=out:%gt
; ModuleID = "gv_tiny_fwd"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"gv_tiny_fwd"(i64 %"N", ptr %"args", ptr %"outs", ptr %"consts", ptr %"arena")
{
entry:
  %"nthreads" = call i64 @"gv_num_threads"()
  %".7" = getelementptr ptr, ptr %"args", i64 0
  %"b0_x" = load ptr, ptr %".7"
  %".9" = getelementptr ptr, ptr %"args", i64 1
  %"b1__0__weight" = load ptr, ptr %".9"
  %".11" = getelementptr ptr, ptr %"args", i64 2
  %"b2__0__bias" = load ptr, ptr %".11"
  %".13" = getelementptr ptr, ptr %"args", i64 3
  %"b3__1__weight" = load ptr, ptr %".13"
  %".15" = getelementptr ptr, ptr %"args", i64 4
  %"b4__1__bias" = load ptr, ptr %".15"
  %"b5_matmul" = getelementptr i8, ptr %"arena", i64 0
  %".18" = mul nsw i64 %"N", 64
  %"b6_add" = getelementptr i8, ptr %"arena", i64 %".18"
  %".20" = getelementptr ptr, ptr %"outs", i64 1
  %"b7_relu" = load ptr, ptr %".20"
  %"b8_matmul_1" = getelementptr i8, ptr %"arena", i64 0
  %".23" = getelementptr ptr, ptr %"outs", i64 0
  %"b9_add_1" = load ptr, ptr %".23"
  %".25" = getelementptr ptr, ptr %"outs", i64 2
  %"b10_gt" = load ptr, ptr %".25"
  call void @"gv_k0_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_x", ptr %"b1__0__weight", ptr %"b5_matmul")
  call void @"gv_k1_add_relu_gt"(i64 %"N", i64 %"nthreads", ptr %"b2__0__bias", ptr %"b5_matmul", ptr %"b7_relu", ptr %"b10_gt")
  call void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3__1__weight", ptr %"b7_relu", ptr %"b8_matmul_1")
  call void @"gv_k3_add"(i64 %"N", i64 %"nthreads", ptr %"b4__1__bias", ptr %"b8_matmul_1", ptr %"b9_add_1")
  ret void
}

declare i64 @"gv_num_threads"()

; kernel gv_k0_matmul: nodes %matmul; layers model[0] (Fc); shapes %matmul: f32[N,3]
define internal void @"gv_k0_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b1", ptr %"b5")
{
entry:
  %".7" = getelementptr float, ptr %"b5", i64 0
  %".8" = getelementptr float, ptr %"b0", i64 0
  %".9" = getelementptr float, ptr %"b1", i64 0
  %".10" = icmp eq i64 4, 0
  br i1 %".10", label %"entry.if", label %"entry.else"
entry.if:
  %".12" = icmp slt i64 0, 1
  br i1 %".12", label %"zb.body", label %"zb.done"
entry.else:
  %".26" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 0
  store i64 %"N", i64* %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 1
  store i64 3, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 2
  store i64 4, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 3
  store ptr %".8", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 4
  store i64 4, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 5
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 6
  store ptr %".9", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 7
  store i64 1, i64* %".41"
  %".43" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 8
  store i64 4, i64* %".43"
  %".45" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 9
  store ptr %".7", ptr %".45"
  %".47" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 10
  store i64 3, i64* %".47"
  %".49" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 11
  store i64 1, i64* %".49"
  %".51" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 12
  store i64 0, i64* %".51"
  %".53" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 13
  store i64 0, i64* %".53"
  %".55" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 14
  store i64 0, i64* %".55"
  %".57" = mul i64 %"N", 3
  %".58" = mul i64 %".57", 4
  %".59" = mul i64 %".58", 1
  %".60" = icmp sge i64 %".59", 2097152
  %".61" = icmp sle i64 %"N", 64
  br i1 %".61", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
zb.body:
  %"zb" = phi  i64 [0, %"entry.if"], [%"zb.next", %"z.done"]
  %".14" = mul i64 %"zb", 0
  %".15" = getelementptr float, ptr %".7", i64 %".14"
  %".16" = mul i64 %"N", 3
  %".17" = icmp slt i64 0, %".16"
  br i1 %".17", label %"z.body", label %"z.done"
zb.done:
  br label %"entry.endif"
z.body:
  %"z" = phi  i64 [0, %"zb.body"], [%"z.next", %"z.body"]
  %".19" = getelementptr inbounds float, ptr %".15", i64 %"z"
  store float              0x0, ptr %".19"
  %"z.next" = add nsw i64 %"z", 1
  %".21" = icmp slt i64 %"z.next", %".16"
  br i1 %".21", label %"z.body", label %"z.done"
z.done:
  %"zb.next" = add nsw i64 %"zb", 1
  %".23" = icmp slt i64 %"zb.next", 1
  br i1 %".23", label %"zb.body", label %"zb.done"
entry.else.if:
  %".63" = add i64 3, 7
  %".64" = sdiv i64 %".63", 8
  %".65" = icmp slt i64 %"nthreads", %".64"
  %".66" = select  i1 %".65", i64 %"nthreads", i64 %".64"
  br i1 %".60", label %"entry.else.if.if", label %"entry.else.if.else"
entry.else.else:
  %".73" = mul i64 %"nthreads", 1
  %".74" = icmp sge i64 3, %"N"
  %".75" = add i64 3, 15
  %".76" = sdiv i64 %".75", 16
  %".77" = add i64 %"N", 5
  %".78" = sdiv i64 %".77", 6
  %".79" = select  i1 %".74", i64 %".76", i64 %".78"
  %".80" = icmp ne i64 0, 0
  %".81" = icmp sge i64 1, %"nthreads"
  %".82" = and i1 %".80", %".81"
  %".83" = select  i1 %".82", i64 1, i64 %".79"
  %".84" = icmp slt i64 %".73", %".83"
  %".85" = select  i1 %".84", i64 %".73", i64 %".83"
  %".86" = icmp sgt i64 %".85", 1
  %".87" = select  i1 %".86", i64 %".85", i64 1
  br i1 %".60", label %"entry.else.else.if", label %"entry.else.else.else"
entry.else.endif:
  br label %"entry.endif"
entry.else.if.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_dot_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 %".66")
  br label %"entry.else.if.endif"
entry.else.if.else:
  call void @"gv_dot_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i64 1)
  br label %"entry.else.if.endif"
entry.else.if.endif:
  br label %"entry.else.endif"
entry.else.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 %".87")
  br label %"entry.else.else.endif"
entry.else.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i64 1)
  br label %"entry.else.else.endif"
entry.else.else.endif:
  br label %"entry.else.endif"
}

declare <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3")

declare void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1", ptr %".2", i32 %".3", <8 x i1> %".4")

declare <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1", i32 %".2", <8 x i1> %".3", <8 x float> %".4")

define internal void @"gv_gemm_f32.ukernel6"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first")
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".217", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".180", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".187", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".194", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".201", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %"acc8" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".208", %"main"]
  %"acc9" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %"acc10" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".215", %"main"]
  %"acc11" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 16
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <8 x float>, ptr %".16", align 32
  %".18" = add i64 %".14", 8
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <8 x float>, ptr %".19", align 32
  %".21" = mul i64 %".13", 6
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <8 x float> %".25", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".17", <8 x float> %"acc0")
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".20", <8 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".17", <8 x float> %"acc2")
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".20", <8 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <8 x float> %".39", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".17", <8 x float> %"acc4")
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".20", <8 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <8 x float> %".46", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".47", <8 x float> %".17", <8 x float> %"acc6")
  %".49" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".47", <8 x float> %".20", <8 x float> %"acc7")
  %".50" = add i64 %".21", 4
  %".51" = getelementptr inbounds float, ptr %"ap", i64 %".50"
  %".52" = load float, ptr %".51"
  %".53" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".52", i32 0
  %".54" = shufflevector <8 x float> %".53", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".55" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".54", <8 x float> %".17", <8 x float> %"acc8")
  %".56" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".54", <8 x float> %".20", <8 x float> %"acc9")
  %".57" = add i64 %".21", 5
  %".58" = getelementptr inbounds float, ptr %"ap", i64 %".57"
  %".59" = load float, ptr %".58"
  %".60" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".59", i32 0
  %".61" = shufflevector <8 x float> %".60", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".61", <8 x float> %".17", <8 x float> %"acc10")
  %".63" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".61", <8 x float> %".20", <8 x float> %"acc11")
  %".64" = add i64 %"k", 1
  %".65" = mul i64 %".64", 16
  %".66" = add i64 %".65", 0
  %".67" = getelementptr inbounds float, ptr %"bp", i64 %".66"
  %".68" = load <8 x float>, ptr %".67", align 32
  %".69" = add i64 %".65", 8
  %".70" = getelementptr inbounds float, ptr %"bp", i64 %".69"
  %".71" = load <8 x float>, ptr %".70", align 32
  %".72" = mul i64 %".64", 6
  %".73" = add i64 %".72", 0
  %".74" = getelementptr inbounds float, ptr %"ap", i64 %".73"
  %".75" = load float, ptr %".74"
  %".76" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <8 x float> %".76", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".68", <8 x float> %".27")
  %".79" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".71", <8 x float> %".28")
  %".80" = add i64 %".72", 1
  %".81" = getelementptr inbounds float, ptr %"ap", i64 %".80"
  %".82" = load float, ptr %".81"
  %".83" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <8 x float> %".83", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".68", <8 x float> %".34")
  %".86" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".71", <8 x float> %".35")
  %".87" = add i64 %".72", 2
  %".88" = getelementptr inbounds float, ptr %"ap", i64 %".87"
  %".89" = load float, ptr %".88"
  %".90" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <8 x float> %".90", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".68", <8 x float> %".41")
  %".93" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".71", <8 x float> %".42")
  %".94" = add i64 %".72", 3
  %".95" = getelementptr inbounds float, ptr %"ap", i64 %".94"
  %".96" = load float, ptr %".95"
  %".97" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <8 x float> %".97", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".68", <8 x float> %".48")
  %".100" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".71", <8 x float> %".49")
  %".101" = add i64 %".72", 4
  %".102" = getelementptr inbounds float, ptr %"ap", i64 %".101"
  %".103" = load float, ptr %".102"
  %".104" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".103", i32 0
  %".105" = shufflevector <8 x float> %".104", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".106" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".105", <8 x float> %".68", <8 x float> %".55")
  %".107" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".105", <8 x float> %".71", <8 x float> %".56")
  %".108" = add i64 %".72", 5
  %".109" = getelementptr inbounds float, ptr %"ap", i64 %".108"
  %".110" = load float, ptr %".109"
  %".111" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".110", i32 0
  %".112" = shufflevector <8 x float> %".111", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".113" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".112", <8 x float> %".68", <8 x float> %".62")
  %".114" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".112", <8 x float> %".71", <8 x float> %".63")
  %".115" = add i64 %"k", 2
  %".116" = mul i64 %".115", 16
  %".117" = add i64 %".116", 0
  %".118" = getelementptr inbounds float, ptr %"bp", i64 %".117"
  %".119" = load <8 x float>, ptr %".118", align 32
  %".120" = add i64 %".116", 8
  %".121" = getelementptr inbounds float, ptr %"bp", i64 %".120"
  %".122" = load <8 x float>, ptr %".121", align 32
  %".123" = mul i64 %".115", 6
  %".124" = add i64 %".123", 0
  %".125" = getelementptr inbounds float, ptr %"ap", i64 %".124"
  %".126" = load float, ptr %".125"
  %".127" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".126", i32 0
  %".128" = shufflevector <8 x float> %".127", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".129" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".128", <8 x float> %".119", <8 x float> %".78")
  %".130" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".128", <8 x float> %".122", <8 x float> %".79")
  %".131" = add i64 %".123", 1
  %".132" = getelementptr inbounds float, ptr %"ap", i64 %".131"
  %".133" = load float, ptr %".132"
  %".134" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".133", i32 0
  %".135" = shufflevector <8 x float> %".134", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".136" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".135", <8 x float> %".119", <8 x float> %".85")
  %".137" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".135", <8 x float> %".122", <8 x float> %".86")
  %".138" = add i64 %".123", 2
  %".139" = getelementptr inbounds float, ptr %"ap", i64 %".138"
  %".140" = load float, ptr %".139"
  %".141" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".140", i32 0
  %".142" = shufflevector <8 x float> %".141", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".143" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".142", <8 x float> %".119", <8 x float> %".92")
  %".144" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".142", <8 x float> %".122", <8 x float> %".93")
  %".145" = add i64 %".123", 3
  %".146" = getelementptr inbounds float, ptr %"ap", i64 %".145"
  %".147" = load float, ptr %".146"
  %".148" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".147", i32 0
  %".149" = shufflevector <8 x float> %".148", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".150" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".149", <8 x float> %".119", <8 x float> %".99")
  %".151" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".149", <8 x float> %".122", <8 x float> %".100")
  %".152" = add i64 %".123", 4
  %".153" = getelementptr inbounds float, ptr %"ap", i64 %".152"
  %".154" = load float, ptr %".153"
  %".155" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <8 x float> %".155", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".156", <8 x float> %".119", <8 x float> %".106")
  %".158" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".156", <8 x float> %".122", <8 x float> %".107")
  %".159" = add i64 %".123", 5
  %".160" = getelementptr inbounds float, ptr %"ap", i64 %".159"
  %".161" = load float, ptr %".160"
  %".162" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".161", i32 0
  %".163" = shufflevector <8 x float> %".162", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".164" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".163", <8 x float> %".119", <8 x float> %".113")
  %".165" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".163", <8 x float> %".122", <8 x float> %".114")
  %".166" = add i64 %"k", 3
  %".167" = mul i64 %".166", 16
  %".168" = add i64 %".167", 0
  %".169" = getelementptr inbounds float, ptr %"bp", i64 %".168"
  %".170" = load <8 x float>, ptr %".169", align 32
  %".171" = add i64 %".167", 8
  %".172" = getelementptr inbounds float, ptr %"bp", i64 %".171"
  %".173" = load <8 x float>, ptr %".172", align 32
  %".174" = mul i64 %".166", 6
  %".175" = add i64 %".174", 0
  %".176" = getelementptr inbounds float, ptr %"ap", i64 %".175"
  %".177" = load float, ptr %".176"
  %".178" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".177", i32 0
  %".179" = shufflevector <8 x float> %".178", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".180" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".179", <8 x float> %".170", <8 x float> %".129")
  %".181" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".179", <8 x float> %".173", <8 x float> %".130")
  %".182" = add i64 %".174", 1
  %".183" = getelementptr inbounds float, ptr %"ap", i64 %".182"
  %".184" = load float, ptr %".183"
  %".185" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".184", i32 0
  %".186" = shufflevector <8 x float> %".185", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".187" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".186", <8 x float> %".170", <8 x float> %".136")
  %".188" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".186", <8 x float> %".173", <8 x float> %".137")
  %".189" = add i64 %".174", 2
  %".190" = getelementptr inbounds float, ptr %"ap", i64 %".189"
  %".191" = load float, ptr %".190"
  %".192" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".191", i32 0
  %".193" = shufflevector <8 x float> %".192", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".194" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".193", <8 x float> %".170", <8 x float> %".143")
  %".195" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".193", <8 x float> %".173", <8 x float> %".144")
  %".196" = add i64 %".174", 3
  %".197" = getelementptr inbounds float, ptr %"ap", i64 %".196"
  %".198" = load float, ptr %".197"
  %".199" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".198", i32 0
  %".200" = shufflevector <8 x float> %".199", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".201" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".200", <8 x float> %".170", <8 x float> %".150")
  %".202" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".200", <8 x float> %".173", <8 x float> %".151")
  %".203" = add i64 %".174", 4
  %".204" = getelementptr inbounds float, ptr %"ap", i64 %".203"
  %".205" = load float, ptr %".204"
  %".206" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".205", i32 0
  %".207" = shufflevector <8 x float> %".206", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".208" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".207", <8 x float> %".170", <8 x float> %".157")
  %".209" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".207", <8 x float> %".173", <8 x float> %".158")
  %".210" = add i64 %".174", 5
  %".211" = getelementptr inbounds float, ptr %"ap", i64 %".210"
  %".212" = load float, ptr %".211"
  %".213" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".214" = shufflevector <8 x float> %".213", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".215" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".214", <8 x float> %".170", <8 x float> %".164")
  %".216" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".214", <8 x float> %".173", <8 x float> %".165")
  %".217" = add i64 %"k", 4
  %".218" = icmp slt i64 %".217", %".10"
  br i1 %".218", label %"main", label %"mid"
mid:
  %".220" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".180", %"main"]
  %".221" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %".222" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".187", %"main"]
  %".223" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %".224" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".194", %"main"]
  %".225" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %".226" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".201", %"main"]
  %".227" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %".228" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".208", %"main"]
  %".229" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %".230" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".215", %"main"]
  %".231" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".232" = icmp slt i64 %".10", %"kc"
  br i1 %".232", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".296", %"rem"]
  %".234" = phi  <8 x float> [%".220", %"mid"], [%".259", %"rem"]
  %".235" = phi  <8 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".236" = phi  <8 x float> [%".222", %"mid"], [%".266", %"rem"]
  %".237" = phi  <8 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".238" = phi  <8 x float> [%".224", %"mid"], [%".273", %"rem"]
  %".239" = phi  <8 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".240" = phi  <8 x float> [%".226", %"mid"], [%".280", %"rem"]
  %".241" = phi  <8 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".242" = phi  <8 x float> [%".228", %"mid"], [%".287", %"rem"]
  %".243" = phi  <8 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".244" = phi  <8 x float> [%".230", %"mid"], [%".294", %"rem"]
  %".245" = phi  <8 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".246" = mul i64 %"k1", 16
  %".247" = add i64 %".246", 0
  %".248" = getelementptr inbounds float, ptr %"bp", i64 %".247"
  %".249" = load <8 x float>, ptr %".248", align 32
  %".250" = add i64 %".246", 8
  %".251" = getelementptr inbounds float, ptr %"bp", i64 %".250"
  %".252" = load <8 x float>, ptr %".251", align 32
  %".253" = mul i64 %"k1", 6
  %".254" = add i64 %".253", 0
  %".255" = getelementptr inbounds float, ptr %"ap", i64 %".254"
  %".256" = load float, ptr %".255"
  %".257" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".256", i32 0
  %".258" = shufflevector <8 x float> %".257", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".259" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".258", <8 x float> %".249", <8 x float> %".234")
  %".260" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".258", <8 x float> %".252", <8 x float> %".235")
  %".261" = add i64 %".253", 1
  %".262" = getelementptr inbounds float, ptr %"ap", i64 %".261"
  %".263" = load float, ptr %".262"
  %".264" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".263", i32 0
  %".265" = shufflevector <8 x float> %".264", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".266" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".265", <8 x float> %".249", <8 x float> %".236")
  %".267" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".265", <8 x float> %".252", <8 x float> %".237")
  %".268" = add i64 %".253", 2
  %".269" = getelementptr inbounds float, ptr %"ap", i64 %".268"
  %".270" = load float, ptr %".269"
  %".271" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".270", i32 0
  %".272" = shufflevector <8 x float> %".271", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".273" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".272", <8 x float> %".249", <8 x float> %".238")
  %".274" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".272", <8 x float> %".252", <8 x float> %".239")
  %".275" = add i64 %".253", 3
  %".276" = getelementptr inbounds float, ptr %"ap", i64 %".275"
  %".277" = load float, ptr %".276"
  %".278" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".277", i32 0
  %".279" = shufflevector <8 x float> %".278", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".280" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".279", <8 x float> %".249", <8 x float> %".240")
  %".281" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".279", <8 x float> %".252", <8 x float> %".241")
  %".282" = add i64 %".253", 4
  %".283" = getelementptr inbounds float, ptr %"ap", i64 %".282"
  %".284" = load float, ptr %".283"
  %".285" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".284", i32 0
  %".286" = shufflevector <8 x float> %".285", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".287" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".286", <8 x float> %".249", <8 x float> %".242")
  %".288" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".286", <8 x float> %".252", <8 x float> %".243")
  %".289" = add i64 %".253", 5
  %".290" = getelementptr inbounds float, ptr %"ap", i64 %".289"
  %".291" = load float, ptr %".290"
  %".292" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".291", i32 0
  %".293" = shufflevector <8 x float> %".292", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".294" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".293", <8 x float> %".249", <8 x float> %".244")
  %".295" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".293", <8 x float> %".252", <8 x float> %".245")
  %".296" = add i64 %"k1", 1
  %".297" = icmp slt i64 %".296", %"kc"
  br i1 %".297", label %"rem", label %"tail"
tail:
  %".299" = phi  <8 x float> [%".220", %"mid"], [%".259", %"rem"]
  %".300" = phi  <8 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".301" = phi  <8 x float> [%".222", %"mid"], [%".266", %"rem"]
  %".302" = phi  <8 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".303" = phi  <8 x float> [%".224", %"mid"], [%".273", %"rem"]
  %".304" = phi  <8 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".305" = phi  <8 x float> [%".226", %"mid"], [%".280", %"rem"]
  %".306" = phi  <8 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".307" = phi  <8 x float> [%".228", %"mid"], [%".287", %"rem"]
  %".308" = phi  <8 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".309" = phi  <8 x float> [%".230", %"mid"], [%".294", %"rem"]
  %".310" = phi  <8 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".311" = icmp eq i64 %"mr", 6
  %".312" = icmp eq i64 %"nr", 16
  %".313" = and i1 %".311", %".312"
  br i1 %".313", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".439" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".440" = shufflevector <8 x i64> %".439", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".441" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".440"
  %".442" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".440"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row5" i64 2, label %"row4" i64 3, label %"row3" i64 4, label %"row2" i64 5, label %"row1" i64 6, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".316" = mul i64 0, %"ldc"
  %".317" = add i64 %".316", 0
  %".318" = getelementptr inbounds float, ptr %"c", i64 %".317"
  store <8 x float> %".299", ptr %".318", align 4
  %".320" = mul i64 0, %"ldc"
  %".321" = add i64 %".320", 8
  %".322" = getelementptr inbounds float, ptr %"c", i64 %".321"
  store <8 x float> %".300", ptr %".322", align 4
  %".324" = mul i64 1, %"ldc"
  %".325" = add i64 %".324", 0
  %".326" = getelementptr inbounds float, ptr %"c", i64 %".325"
  store <8 x float> %".301", ptr %".326", align 4
  %".328" = mul i64 1, %"ldc"
  %".329" = add i64 %".328", 8
  %".330" = getelementptr inbounds float, ptr %"c", i64 %".329"
  store <8 x float> %".302", ptr %".330", align 4
  %".332" = mul i64 2, %"ldc"
  %".333" = add i64 %".332", 0
  %".334" = getelementptr inbounds float, ptr %"c", i64 %".333"
  store <8 x float> %".303", ptr %".334", align 4
  %".336" = mul i64 2, %"ldc"
  %".337" = add i64 %".336", 8
  %".338" = getelementptr inbounds float, ptr %"c", i64 %".337"
  store <8 x float> %".304", ptr %".338", align 4
  %".340" = mul i64 3, %"ldc"
  %".341" = add i64 %".340", 0
  %".342" = getelementptr inbounds float, ptr %"c", i64 %".341"
  store <8 x float> %".305", ptr %".342", align 4
  %".344" = mul i64 3, %"ldc"
  %".345" = add i64 %".344", 8
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  store <8 x float> %".306", ptr %".346", align 4
  %".348" = mul i64 4, %"ldc"
  %".349" = add i64 %".348", 0
  %".350" = getelementptr inbounds float, ptr %"c", i64 %".349"
  store <8 x float> %".307", ptr %".350", align 4
  %".352" = mul i64 4, %"ldc"
  %".353" = add i64 %".352", 8
  %".354" = getelementptr inbounds float, ptr %"c", i64 %".353"
  store <8 x float> %".308", ptr %".354", align 4
  %".356" = mul i64 5, %"ldc"
  %".357" = add i64 %".356", 0
  %".358" = getelementptr inbounds float, ptr %"c", i64 %".357"
  store <8 x float> %".309", ptr %".358", align 4
  %".360" = mul i64 5, %"ldc"
  %".361" = add i64 %".360", 8
  %".362" = getelementptr inbounds float, ptr %"c", i64 %".361"
  store <8 x float> %".310", ptr %".362", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".365" = mul i64 0, %"ldc"
  %".366" = add i64 %".365", 0
  %".367" = getelementptr inbounds float, ptr %"c", i64 %".366"
  %".368" = load <8 x float>, ptr %".367", align 4
  %".369" = fadd reassoc contract nsz <8 x float> %".368", %".299"
  store <8 x float> %".369", ptr %".367", align 4
  %".371" = mul i64 0, %"ldc"
  %".372" = add i64 %".371", 8
  %".373" = getelementptr inbounds float, ptr %"c", i64 %".372"
  %".374" = load <8 x float>, ptr %".373", align 4
  %".375" = fadd reassoc contract nsz <8 x float> %".374", %".300"
  store <8 x float> %".375", ptr %".373", align 4
  %".377" = mul i64 1, %"ldc"
  %".378" = add i64 %".377", 0
  %".379" = getelementptr inbounds float, ptr %"c", i64 %".378"
  %".380" = load <8 x float>, ptr %".379", align 4
  %".381" = fadd reassoc contract nsz <8 x float> %".380", %".301"
  store <8 x float> %".381", ptr %".379", align 4
  %".383" = mul i64 1, %"ldc"
  %".384" = add i64 %".383", 8
  %".385" = getelementptr inbounds float, ptr %"c", i64 %".384"
  %".386" = load <8 x float>, ptr %".385", align 4
  %".387" = fadd reassoc contract nsz <8 x float> %".386", %".302"
  store <8 x float> %".387", ptr %".385", align 4
  %".389" = mul i64 2, %"ldc"
  %".390" = add i64 %".389", 0
  %".391" = getelementptr inbounds float, ptr %"c", i64 %".390"
  %".392" = load <8 x float>, ptr %".391", align 4
  %".393" = fadd reassoc contract nsz <8 x float> %".392", %".303"
  store <8 x float> %".393", ptr %".391", align 4
  %".395" = mul i64 2, %"ldc"
  %".396" = add i64 %".395", 8
  %".397" = getelementptr inbounds float, ptr %"c", i64 %".396"
  %".398" = load <8 x float>, ptr %".397", align 4
  %".399" = fadd reassoc contract nsz <8 x float> %".398", %".304"
  store <8 x float> %".399", ptr %".397", align 4
  %".401" = mul i64 3, %"ldc"
  %".402" = add i64 %".401", 0
  %".403" = getelementptr inbounds float, ptr %"c", i64 %".402"
  %".404" = load <8 x float>, ptr %".403", align 4
  %".405" = fadd reassoc contract nsz <8 x float> %".404", %".305"
  store <8 x float> %".405", ptr %".403", align 4
  %".407" = mul i64 3, %"ldc"
  %".408" = add i64 %".407", 8
  %".409" = getelementptr inbounds float, ptr %"c", i64 %".408"
  %".410" = load <8 x float>, ptr %".409", align 4
  %".411" = fadd reassoc contract nsz <8 x float> %".410", %".306"
  store <8 x float> %".411", ptr %".409", align 4
  %".413" = mul i64 4, %"ldc"
  %".414" = add i64 %".413", 0
  %".415" = getelementptr inbounds float, ptr %"c", i64 %".414"
  %".416" = load <8 x float>, ptr %".415", align 4
  %".417" = fadd reassoc contract nsz <8 x float> %".416", %".307"
  store <8 x float> %".417", ptr %".415", align 4
  %".419" = mul i64 4, %"ldc"
  %".420" = add i64 %".419", 8
  %".421" = getelementptr inbounds float, ptr %"c", i64 %".420"
  %".422" = load <8 x float>, ptr %".421", align 4
  %".423" = fadd reassoc contract nsz <8 x float> %".422", %".308"
  store <8 x float> %".423", ptr %".421", align 4
  %".425" = mul i64 5, %"ldc"
  %".426" = add i64 %".425", 0
  %".427" = getelementptr inbounds float, ptr %"c", i64 %".426"
  %".428" = load <8 x float>, ptr %".427", align 4
  %".429" = fadd reassoc contract nsz <8 x float> %".428", %".309"
  store <8 x float> %".429", ptr %".427", align 4
  %".431" = mul i64 5, %"ldc"
  %".432" = add i64 %".431", 8
  %".433" = getelementptr inbounds float, ptr %"c", i64 %".432"
  %".434" = load <8 x float>, ptr %".433", align 4
  %".435" = fadd reassoc contract nsz <8 x float> %".434", %".310"
  store <8 x float> %".435", ptr %".433", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".444" = mul i64 5, %"ldc"
  %".445" = add i64 %".444", 0
  %".446" = getelementptr inbounds float, ptr %"c", i64 %".445"
  %".447" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".446", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".448" = fadd reassoc contract nsz <8 x float> %".447", %".309"
  %".449" = select  i1 %"first", <8 x float> %".309", <8 x float> %".448"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".449", ptr %".446", i32 4, <8 x i1> %".441")
  %".451" = mul i64 5, %"ldc"
  %".452" = add i64 %".451", 8
  %".453" = getelementptr inbounds float, ptr %"c", i64 %".452"
  %".454" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".453", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".455" = fadd reassoc contract nsz <8 x float> %".454", %".310"
  %".456" = select  i1 %"first", <8 x float> %".310", <8 x float> %".455"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".456", ptr %".453", i32 4, <8 x i1> %".442")
  br label %"row1"
row1:
  %".459" = mul i64 4, %"ldc"
  %".460" = add i64 %".459", 0
  %".461" = getelementptr inbounds float, ptr %"c", i64 %".460"
  %".462" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".461", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".463" = fadd reassoc contract nsz <8 x float> %".462", %".307"
  %".464" = select  i1 %"first", <8 x float> %".307", <8 x float> %".463"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".464", ptr %".461", i32 4, <8 x i1> %".441")
  %".466" = mul i64 4, %"ldc"
  %".467" = add i64 %".466", 8
  %".468" = getelementptr inbounds float, ptr %"c", i64 %".467"
  %".469" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".468", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".470" = fadd reassoc contract nsz <8 x float> %".469", %".308"
  %".471" = select  i1 %"first", <8 x float> %".308", <8 x float> %".470"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".471", ptr %".468", i32 4, <8 x i1> %".442")
  br label %"row2"
row2:
  %".474" = mul i64 3, %"ldc"
  %".475" = add i64 %".474", 0
  %".476" = getelementptr inbounds float, ptr %"c", i64 %".475"
  %".477" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".476", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".478" = fadd reassoc contract nsz <8 x float> %".477", %".305"
  %".479" = select  i1 %"first", <8 x float> %".305", <8 x float> %".478"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".479", ptr %".476", i32 4, <8 x i1> %".441")
  %".481" = mul i64 3, %"ldc"
  %".482" = add i64 %".481", 8
  %".483" = getelementptr inbounds float, ptr %"c", i64 %".482"
  %".484" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".483", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".485" = fadd reassoc contract nsz <8 x float> %".484", %".306"
  %".486" = select  i1 %"first", <8 x float> %".306", <8 x float> %".485"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".486", ptr %".483", i32 4, <8 x i1> %".442")
  br label %"row3"
row3:
  %".489" = mul i64 2, %"ldc"
  %".490" = add i64 %".489", 0
  %".491" = getelementptr inbounds float, ptr %"c", i64 %".490"
  %".492" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".491", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".493" = fadd reassoc contract nsz <8 x float> %".492", %".303"
  %".494" = select  i1 %"first", <8 x float> %".303", <8 x float> %".493"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".494", ptr %".491", i32 4, <8 x i1> %".441")
  %".496" = mul i64 2, %"ldc"
  %".497" = add i64 %".496", 8
  %".498" = getelementptr inbounds float, ptr %"c", i64 %".497"
  %".499" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".498", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".500" = fadd reassoc contract nsz <8 x float> %".499", %".304"
  %".501" = select  i1 %"first", <8 x float> %".304", <8 x float> %".500"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".501", ptr %".498", i32 4, <8 x i1> %".442")
  br label %"row4"
row4:
  %".504" = mul i64 1, %"ldc"
  %".505" = add i64 %".504", 0
  %".506" = getelementptr inbounds float, ptr %"c", i64 %".505"
  %".507" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".506", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".508" = fadd reassoc contract nsz <8 x float> %".507", %".301"
  %".509" = select  i1 %"first", <8 x float> %".301", <8 x float> %".508"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".509", ptr %".506", i32 4, <8 x i1> %".441")
  %".511" = mul i64 1, %"ldc"
  %".512" = add i64 %".511", 8
  %".513" = getelementptr inbounds float, ptr %"c", i64 %".512"
  %".514" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".513", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".515" = fadd reassoc contract nsz <8 x float> %".514", %".302"
  %".516" = select  i1 %"first", <8 x float> %".302", <8 x float> %".515"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".516", ptr %".513", i32 4, <8 x i1> %".442")
  br label %"row5"
row5:
  %".519" = mul i64 0, %"ldc"
  %".520" = add i64 %".519", 0
  %".521" = getelementptr inbounds float, ptr %"c", i64 %".520"
  %".522" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".521", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".523" = fadd reassoc contract nsz <8 x float> %".522", %".299"
  %".524" = select  i1 %"first", <8 x float> %".299", <8 x float> %".523"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".524", ptr %".521", i32 4, <8 x i1> %".441")
  %".526" = mul i64 0, %"ldc"
  %".527" = add i64 %".526", 8
  %".528" = getelementptr inbounds float, ptr %"c", i64 %".527"
  %".529" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".528", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".530" = fadd reassoc contract nsz <8 x float> %".529", %".300"
  %".531" = select  i1 %"first", <8 x float> %".300", <8 x float> %".530"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".531", ptr %".528", i32 4, <8 x i1> %".442")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel3"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first")
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".133", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".117", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".118", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".124", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".125", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".131", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".132", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 16
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <8 x float>, ptr %".16", align 32
  %".18" = add i64 %".14", 8
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <8 x float>, ptr %".19", align 32
  %".21" = mul i64 %".13", 6
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <8 x float> %".25", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".17", <8 x float> %"acc0")
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".20", <8 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".17", <8 x float> %"acc2")
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".20", <8 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <8 x float> %".39", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".17", <8 x float> %"acc4")
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".20", <8 x float> %"acc5")
  %".43" = add i64 %"k", 1
  %".44" = mul i64 %".43", 16
  %".45" = add i64 %".44", 0
  %".46" = getelementptr inbounds float, ptr %"bp", i64 %".45"
  %".47" = load <8 x float>, ptr %".46", align 32
  %".48" = add i64 %".44", 8
  %".49" = getelementptr inbounds float, ptr %"bp", i64 %".48"
  %".50" = load <8 x float>, ptr %".49", align 32
  %".51" = mul i64 %".43", 6
  %".52" = add i64 %".51", 0
  %".53" = getelementptr inbounds float, ptr %"ap", i64 %".52"
  %".54" = load float, ptr %".53"
  %".55" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".54", i32 0
  %".56" = shufflevector <8 x float> %".55", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".57" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".56", <8 x float> %".47", <8 x float> %".27")
  %".58" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".56", <8 x float> %".50", <8 x float> %".28")
  %".59" = add i64 %".51", 1
  %".60" = getelementptr inbounds float, ptr %"ap", i64 %".59"
  %".61" = load float, ptr %".60"
  %".62" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".61", i32 0
  %".63" = shufflevector <8 x float> %".62", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".64" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".63", <8 x float> %".47", <8 x float> %".34")
  %".65" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".63", <8 x float> %".50", <8 x float> %".35")
  %".66" = add i64 %".51", 2
  %".67" = getelementptr inbounds float, ptr %"ap", i64 %".66"
  %".68" = load float, ptr %".67"
  %".69" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <8 x float> %".69", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".47", <8 x float> %".41")
  %".72" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".50", <8 x float> %".42")
  %".73" = add i64 %"k", 2
  %".74" = mul i64 %".73", 16
  %".75" = add i64 %".74", 0
  %".76" = getelementptr inbounds float, ptr %"bp", i64 %".75"
  %".77" = load <8 x float>, ptr %".76", align 32
  %".78" = add i64 %".74", 8
  %".79" = getelementptr inbounds float, ptr %"bp", i64 %".78"
  %".80" = load <8 x float>, ptr %".79", align 32
  %".81" = mul i64 %".73", 6
  %".82" = add i64 %".81", 0
  %".83" = getelementptr inbounds float, ptr %"ap", i64 %".82"
  %".84" = load float, ptr %".83"
  %".85" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".84", i32 0
  %".86" = shufflevector <8 x float> %".85", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".87" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".77", <8 x float> %".57")
  %".88" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".80", <8 x float> %".58")
  %".89" = add i64 %".81", 1
  %".90" = getelementptr inbounds float, ptr %"ap", i64 %".89"
  %".91" = load float, ptr %".90"
  %".92" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".91", i32 0
  %".93" = shufflevector <8 x float> %".92", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".77", <8 x float> %".64")
  %".95" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".80", <8 x float> %".65")
  %".96" = add i64 %".81", 2
  %".97" = getelementptr inbounds float, ptr %"ap", i64 %".96"
  %".98" = load float, ptr %".97"
  %".99" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <8 x float> %".99", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".77", <8 x float> %".71")
  %".102" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".80", <8 x float> %".72")
  %".103" = add i64 %"k", 3
  %".104" = mul i64 %".103", 16
  %".105" = add i64 %".104", 0
  %".106" = getelementptr inbounds float, ptr %"bp", i64 %".105"
  %".107" = load <8 x float>, ptr %".106", align 32
  %".108" = add i64 %".104", 8
  %".109" = getelementptr inbounds float, ptr %"bp", i64 %".108"
  %".110" = load <8 x float>, ptr %".109", align 32
  %".111" = mul i64 %".103", 6
  %".112" = add i64 %".111", 0
  %".113" = getelementptr inbounds float, ptr %"ap", i64 %".112"
  %".114" = load float, ptr %".113"
  %".115" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".114", i32 0
  %".116" = shufflevector <8 x float> %".115", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".117" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".116", <8 x float> %".107", <8 x float> %".87")
  %".118" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".116", <8 x float> %".110", <8 x float> %".88")
  %".119" = add i64 %".111", 1
  %".120" = getelementptr inbounds float, ptr %"ap", i64 %".119"
  %".121" = load float, ptr %".120"
  %".122" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".121", i32 0
  %".123" = shufflevector <8 x float> %".122", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".124" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".123", <8 x float> %".107", <8 x float> %".94")
  %".125" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".123", <8 x float> %".110", <8 x float> %".95")
  %".126" = add i64 %".111", 2
  %".127" = getelementptr inbounds float, ptr %"ap", i64 %".126"
  %".128" = load float, ptr %".127"
  %".129" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".128", i32 0
  %".130" = shufflevector <8 x float> %".129", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".131" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".130", <8 x float> %".107", <8 x float> %".101")
  %".132" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".130", <8 x float> %".110", <8 x float> %".102")
  %".133" = add i64 %"k", 4
  %".134" = icmp slt i64 %".133", %".10"
  br i1 %".134", label %"main", label %"mid"
mid:
  %".136" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".117", %"main"]
  %".137" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".118", %"main"]
  %".138" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".124", %"main"]
  %".139" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".125", %"main"]
  %".140" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".131", %"main"]
  %".141" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".132", %"main"]
  %".142" = icmp slt i64 %".10", %"kc"
  br i1 %".142", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".179", %"rem"]
  %".144" = phi  <8 x float> [%".136", %"mid"], [%".163", %"rem"]
  %".145" = phi  <8 x float> [%".137", %"mid"], [%".164", %"rem"]
  %".146" = phi  <8 x float> [%".138", %"mid"], [%".170", %"rem"]
  %".147" = phi  <8 x float> [%".139", %"mid"], [%".171", %"rem"]
  %".148" = phi  <8 x float> [%".140", %"mid"], [%".177", %"rem"]
  %".149" = phi  <8 x float> [%".141", %"mid"], [%".178", %"rem"]
  %".150" = mul i64 %"k1", 16
  %".151" = add i64 %".150", 0
  %".152" = getelementptr inbounds float, ptr %"bp", i64 %".151"
  %".153" = load <8 x float>, ptr %".152", align 32
  %".154" = add i64 %".150", 8
  %".155" = getelementptr inbounds float, ptr %"bp", i64 %".154"
  %".156" = load <8 x float>, ptr %".155", align 32
  %".157" = mul i64 %"k1", 6
  %".158" = add i64 %".157", 0
  %".159" = getelementptr inbounds float, ptr %"ap", i64 %".158"
  %".160" = load float, ptr %".159"
  %".161" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".160", i32 0
  %".162" = shufflevector <8 x float> %".161", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".163" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".153", <8 x float> %".144")
  %".164" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".156", <8 x float> %".145")
  %".165" = add i64 %".157", 1
  %".166" = getelementptr inbounds float, ptr %"ap", i64 %".165"
  %".167" = load float, ptr %".166"
  %".168" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".167", i32 0
  %".169" = shufflevector <8 x float> %".168", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".170" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".153", <8 x float> %".146")
  %".171" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".156", <8 x float> %".147")
  %".172" = add i64 %".157", 2
  %".173" = getelementptr inbounds float, ptr %"ap", i64 %".172"
  %".174" = load float, ptr %".173"
  %".175" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".174", i32 0
  %".176" = shufflevector <8 x float> %".175", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".177" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".176", <8 x float> %".153", <8 x float> %".148")
  %".178" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".176", <8 x float> %".156", <8 x float> %".149")
  %".179" = add i64 %"k1", 1
  %".180" = icmp slt i64 %".179", %"kc"
  br i1 %".180", label %"rem", label %"tail"
tail:
  %".182" = phi  <8 x float> [%".136", %"mid"], [%".163", %"rem"]
  %".183" = phi  <8 x float> [%".137", %"mid"], [%".164", %"rem"]
  %".184" = phi  <8 x float> [%".138", %"mid"], [%".170", %"rem"]
  %".185" = phi  <8 x float> [%".139", %"mid"], [%".171", %"rem"]
  %".186" = phi  <8 x float> [%".140", %"mid"], [%".177", %"rem"]
  %".187" = phi  <8 x float> [%".141", %"mid"], [%".178", %"rem"]
  %".188" = icmp eq i64 %"mr", 3
  %".189" = icmp eq i64 %"nr", 16
  %".190" = and i1 %".188", %".189"
  br i1 %".190", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".256" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".257" = shufflevector <8 x i64> %".256", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".258" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".257"
  %".259" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".257"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row2" i64 2, label %"row1" i64 3, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".193" = mul i64 0, %"ldc"
  %".194" = add i64 %".193", 0
  %".195" = getelementptr inbounds float, ptr %"c", i64 %".194"
  store <8 x float> %".182", ptr %".195", align 4
  %".197" = mul i64 0, %"ldc"
  %".198" = add i64 %".197", 8
  %".199" = getelementptr inbounds float, ptr %"c", i64 %".198"
  store <8 x float> %".183", ptr %".199", align 4
  %".201" = mul i64 1, %"ldc"
  %".202" = add i64 %".201", 0
  %".203" = getelementptr inbounds float, ptr %"c", i64 %".202"
  store <8 x float> %".184", ptr %".203", align 4
  %".205" = mul i64 1, %"ldc"
  %".206" = add i64 %".205", 8
  %".207" = getelementptr inbounds float, ptr %"c", i64 %".206"
  store <8 x float> %".185", ptr %".207", align 4
  %".209" = mul i64 2, %"ldc"
  %".210" = add i64 %".209", 0
  %".211" = getelementptr inbounds float, ptr %"c", i64 %".210"
  store <8 x float> %".186", ptr %".211", align 4
  %".213" = mul i64 2, %"ldc"
  %".214" = add i64 %".213", 8
  %".215" = getelementptr inbounds float, ptr %"c", i64 %".214"
  store <8 x float> %".187", ptr %".215", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".218" = mul i64 0, %"ldc"
  %".219" = add i64 %".218", 0
  %".220" = getelementptr inbounds float, ptr %"c", i64 %".219"
  %".221" = load <8 x float>, ptr %".220", align 4
  %".222" = fadd reassoc contract nsz <8 x float> %".221", %".182"
  store <8 x float> %".222", ptr %".220", align 4
  %".224" = mul i64 0, %"ldc"
  %".225" = add i64 %".224", 8
  %".226" = getelementptr inbounds float, ptr %"c", i64 %".225"
  %".227" = load <8 x float>, ptr %".226", align 4
  %".228" = fadd reassoc contract nsz <8 x float> %".227", %".183"
  store <8 x float> %".228", ptr %".226", align 4
  %".230" = mul i64 1, %"ldc"
  %".231" = add i64 %".230", 0
  %".232" = getelementptr inbounds float, ptr %"c", i64 %".231"
  %".233" = load <8 x float>, ptr %".232", align 4
  %".234" = fadd reassoc contract nsz <8 x float> %".233", %".184"
  store <8 x float> %".234", ptr %".232", align 4
  %".236" = mul i64 1, %"ldc"
  %".237" = add i64 %".236", 8
  %".238" = getelementptr inbounds float, ptr %"c", i64 %".237"
  %".239" = load <8 x float>, ptr %".238", align 4
  %".240" = fadd reassoc contract nsz <8 x float> %".239", %".185"
  store <8 x float> %".240", ptr %".238", align 4
  %".242" = mul i64 2, %"ldc"
  %".243" = add i64 %".242", 0
  %".244" = getelementptr inbounds float, ptr %"c", i64 %".243"
  %".245" = load <8 x float>, ptr %".244", align 4
  %".246" = fadd reassoc contract nsz <8 x float> %".245", %".186"
  store <8 x float> %".246", ptr %".244", align 4
  %".248" = mul i64 2, %"ldc"
  %".249" = add i64 %".248", 8
  %".250" = getelementptr inbounds float, ptr %"c", i64 %".249"
  %".251" = load <8 x float>, ptr %".250", align 4
  %".252" = fadd reassoc contract nsz <8 x float> %".251", %".187"
  store <8 x float> %".252", ptr %".250", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".261" = mul i64 2, %"ldc"
  %".262" = add i64 %".261", 0
  %".263" = getelementptr inbounds float, ptr %"c", i64 %".262"
  %".264" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".263", i32 4, <8 x i1> %".258", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".265" = fadd reassoc contract nsz <8 x float> %".264", %".186"
  %".266" = select  i1 %"first", <8 x float> %".186", <8 x float> %".265"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".266", ptr %".263", i32 4, <8 x i1> %".258")
  %".268" = mul i64 2, %"ldc"
  %".269" = add i64 %".268", 8
  %".270" = getelementptr inbounds float, ptr %"c", i64 %".269"
  %".271" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".270", i32 4, <8 x i1> %".259", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".272" = fadd reassoc contract nsz <8 x float> %".271", %".187"
  %".273" = select  i1 %"first", <8 x float> %".187", <8 x float> %".272"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".273", ptr %".270", i32 4, <8 x i1> %".259")
  br label %"row1"
row1:
  %".276" = mul i64 1, %"ldc"
  %".277" = add i64 %".276", 0
  %".278" = getelementptr inbounds float, ptr %"c", i64 %".277"
  %".279" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".278", i32 4, <8 x i1> %".258", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".280" = fadd reassoc contract nsz <8 x float> %".279", %".184"
  %".281" = select  i1 %"first", <8 x float> %".184", <8 x float> %".280"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".281", ptr %".278", i32 4, <8 x i1> %".258")
  %".283" = mul i64 1, %"ldc"
  %".284" = add i64 %".283", 8
  %".285" = getelementptr inbounds float, ptr %"c", i64 %".284"
  %".286" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".285", i32 4, <8 x i1> %".259", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".287" = fadd reassoc contract nsz <8 x float> %".286", %".185"
  %".288" = select  i1 %"first", <8 x float> %".185", <8 x float> %".287"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".288", ptr %".285", i32 4, <8 x i1> %".259")
  br label %"row2"
row2:
  %".291" = mul i64 0, %"ldc"
  %".292" = add i64 %".291", 0
  %".293" = getelementptr inbounds float, ptr %"c", i64 %".292"
  %".294" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".293", i32 4, <8 x i1> %".258", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".295" = fadd reassoc contract nsz <8 x float> %".294", %".182"
  %".296" = select  i1 %"first", <8 x float> %".182", <8 x float> %".295"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".296", ptr %".293", i32 4, <8 x i1> %".258")
  %".298" = mul i64 0, %"ldc"
  %".299" = add i64 %".298", 8
  %".300" = getelementptr inbounds float, ptr %"c", i64 %".299"
  %".301" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".300", i32 4, <8 x i1> %".259", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".302" = fadd reassoc contract nsz <8 x float> %".301", %".183"
  %".303" = select  i1 %"first", <8 x float> %".183", <8 x float> %".302"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".303", ptr %".300", i32 4, <8 x i1> %".259")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel2"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first")
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".105", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".96", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".97", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".103", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".104", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 16
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <8 x float>, ptr %".16", align 32
  %".18" = add i64 %".14", 8
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <8 x float>, ptr %".19", align 32
  %".21" = mul i64 %".13", 6
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <8 x float> %".25", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".17", <8 x float> %"acc0")
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".20", <8 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".17", <8 x float> %"acc2")
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".20", <8 x float> %"acc3")
  %".36" = add i64 %"k", 1
  %".37" = mul i64 %".36", 16
  %".38" = add i64 %".37", 0
  %".39" = getelementptr inbounds float, ptr %"bp", i64 %".38"
  %".40" = load <8 x float>, ptr %".39", align 32
  %".41" = add i64 %".37", 8
  %".42" = getelementptr inbounds float, ptr %"bp", i64 %".41"
  %".43" = load <8 x float>, ptr %".42", align 32
  %".44" = mul i64 %".36", 6
  %".45" = add i64 %".44", 0
  %".46" = getelementptr inbounds float, ptr %"ap", i64 %".45"
  %".47" = load float, ptr %".46"
  %".48" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".47", i32 0
  %".49" = shufflevector <8 x float> %".48", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".50" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".49", <8 x float> %".40", <8 x float> %".27")
  %".51" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".49", <8 x float> %".43", <8 x float> %".28")
  %".52" = add i64 %".44", 1
  %".53" = getelementptr inbounds float, ptr %"ap", i64 %".52"
  %".54" = load float, ptr %".53"
  %".55" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".54", i32 0
  %".56" = shufflevector <8 x float> %".55", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".57" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".56", <8 x float> %".40", <8 x float> %".34")
  %".58" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".56", <8 x float> %".43", <8 x float> %".35")
  %".59" = add i64 %"k", 2
  %".60" = mul i64 %".59", 16
  %".61" = add i64 %".60", 0
  %".62" = getelementptr inbounds float, ptr %"bp", i64 %".61"
  %".63" = load <8 x float>, ptr %".62", align 32
  %".64" = add i64 %".60", 8
  %".65" = getelementptr inbounds float, ptr %"bp", i64 %".64"
  %".66" = load <8 x float>, ptr %".65", align 32
  %".67" = mul i64 %".59", 6
  %".68" = add i64 %".67", 0
  %".69" = getelementptr inbounds float, ptr %"ap", i64 %".68"
  %".70" = load float, ptr %".69"
  %".71" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".70", i32 0
  %".72" = shufflevector <8 x float> %".71", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".73" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".72", <8 x float> %".63", <8 x float> %".50")
  %".74" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".72", <8 x float> %".66", <8 x float> %".51")
  %".75" = add i64 %".67", 1
  %".76" = getelementptr inbounds float, ptr %"ap", i64 %".75"
  %".77" = load float, ptr %".76"
  %".78" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".77", i32 0
  %".79" = shufflevector <8 x float> %".78", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".80" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".79", <8 x float> %".63", <8 x float> %".57")
  %".81" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".79", <8 x float> %".66", <8 x float> %".58")
  %".82" = add i64 %"k", 3
  %".83" = mul i64 %".82", 16
  %".84" = add i64 %".83", 0
  %".85" = getelementptr inbounds float, ptr %"bp", i64 %".84"
  %".86" = load <8 x float>, ptr %".85", align 32
  %".87" = add i64 %".83", 8
  %".88" = getelementptr inbounds float, ptr %"bp", i64 %".87"
  %".89" = load <8 x float>, ptr %".88", align 32
  %".90" = mul i64 %".82", 6
  %".91" = add i64 %".90", 0
  %".92" = getelementptr inbounds float, ptr %"ap", i64 %".91"
  %".93" = load float, ptr %".92"
  %".94" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".93", i32 0
  %".95" = shufflevector <8 x float> %".94", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".96" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".86", <8 x float> %".73")
  %".97" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".89", <8 x float> %".74")
  %".98" = add i64 %".90", 1
  %".99" = getelementptr inbounds float, ptr %"ap", i64 %".98"
  %".100" = load float, ptr %".99"
  %".101" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".100", i32 0
  %".102" = shufflevector <8 x float> %".101", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".103" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".102", <8 x float> %".86", <8 x float> %".80")
  %".104" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".102", <8 x float> %".89", <8 x float> %".81")
  %".105" = add i64 %"k", 4
  %".106" = icmp slt i64 %".105", %".10"
  br i1 %".106", label %"main", label %"mid"
mid:
  %".108" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".96", %"main"]
  %".109" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".97", %"main"]
  %".110" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".103", %"main"]
  %".111" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".104", %"main"]
  %".112" = icmp slt i64 %".10", %"kc"
  br i1 %".112", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".140", %"rem"]
  %".114" = phi  <8 x float> [%".108", %"mid"], [%".131", %"rem"]
  %".115" = phi  <8 x float> [%".109", %"mid"], [%".132", %"rem"]
  %".116" = phi  <8 x float> [%".110", %"mid"], [%".138", %"rem"]
  %".117" = phi  <8 x float> [%".111", %"mid"], [%".139", %"rem"]
  %".118" = mul i64 %"k1", 16
  %".119" = add i64 %".118", 0
  %".120" = getelementptr inbounds float, ptr %"bp", i64 %".119"
  %".121" = load <8 x float>, ptr %".120", align 32
  %".122" = add i64 %".118", 8
  %".123" = getelementptr inbounds float, ptr %"bp", i64 %".122"
  %".124" = load <8 x float>, ptr %".123", align 32
  %".125" = mul i64 %"k1", 6
  %".126" = add i64 %".125", 0
  %".127" = getelementptr inbounds float, ptr %"ap", i64 %".126"
  %".128" = load float, ptr %".127"
  %".129" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".128", i32 0
  %".130" = shufflevector <8 x float> %".129", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".131" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".130", <8 x float> %".121", <8 x float> %".114")
  %".132" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".130", <8 x float> %".124", <8 x float> %".115")
  %".133" = add i64 %".125", 1
  %".134" = getelementptr inbounds float, ptr %"ap", i64 %".133"
  %".135" = load float, ptr %".134"
  %".136" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".135", i32 0
  %".137" = shufflevector <8 x float> %".136", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".137", <8 x float> %".121", <8 x float> %".116")
  %".139" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".137", <8 x float> %".124", <8 x float> %".117")
  %".140" = add i64 %"k1", 1
  %".141" = icmp slt i64 %".140", %"kc"
  br i1 %".141", label %"rem", label %"tail"
tail:
  %".143" = phi  <8 x float> [%".108", %"mid"], [%".131", %"rem"]
  %".144" = phi  <8 x float> [%".109", %"mid"], [%".132", %"rem"]
  %".145" = phi  <8 x float> [%".110", %"mid"], [%".138", %"rem"]
  %".146" = phi  <8 x float> [%".111", %"mid"], [%".139", %"rem"]
  %".147" = icmp eq i64 %"mr", 2
  %".148" = icmp eq i64 %"nr", 16
  %".149" = and i1 %".147", %".148"
  br i1 %".149", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".195" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".196" = shufflevector <8 x i64> %".195", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".197" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".196"
  %".198" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".196"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row1" i64 2, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".152" = mul i64 0, %"ldc"
  %".153" = add i64 %".152", 0
  %".154" = getelementptr inbounds float, ptr %"c", i64 %".153"
  store <8 x float> %".143", ptr %".154", align 4
  %".156" = mul i64 0, %"ldc"
  %".157" = add i64 %".156", 8
  %".158" = getelementptr inbounds float, ptr %"c", i64 %".157"
  store <8 x float> %".144", ptr %".158", align 4
  %".160" = mul i64 1, %"ldc"
  %".161" = add i64 %".160", 0
  %".162" = getelementptr inbounds float, ptr %"c", i64 %".161"
  store <8 x float> %".145", ptr %".162", align 4
  %".164" = mul i64 1, %"ldc"
  %".165" = add i64 %".164", 8
  %".166" = getelementptr inbounds float, ptr %"c", i64 %".165"
  store <8 x float> %".146", ptr %".166", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".169" = mul i64 0, %"ldc"
  %".170" = add i64 %".169", 0
  %".171" = getelementptr inbounds float, ptr %"c", i64 %".170"
  %".172" = load <8 x float>, ptr %".171", align 4
  %".173" = fadd reassoc contract nsz <8 x float> %".172", %".143"
  store <8 x float> %".173", ptr %".171", align 4
  %".175" = mul i64 0, %"ldc"
  %".176" = add i64 %".175", 8
  %".177" = getelementptr inbounds float, ptr %"c", i64 %".176"
  %".178" = load <8 x float>, ptr %".177", align 4
  %".179" = fadd reassoc contract nsz <8 x float> %".178", %".144"
  store <8 x float> %".179", ptr %".177", align 4
  %".181" = mul i64 1, %"ldc"
  %".182" = add i64 %".181", 0
  %".183" = getelementptr inbounds float, ptr %"c", i64 %".182"
  %".184" = load <8 x float>, ptr %".183", align 4
  %".185" = fadd reassoc contract nsz <8 x float> %".184", %".145"
  store <8 x float> %".185", ptr %".183", align 4
  %".187" = mul i64 1, %"ldc"
  %".188" = add i64 %".187", 8
  %".189" = getelementptr inbounds float, ptr %"c", i64 %".188"
  %".190" = load <8 x float>, ptr %".189", align 4
  %".191" = fadd reassoc contract nsz <8 x float> %".190", %".146"
  store <8 x float> %".191", ptr %".189", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".200" = mul i64 1, %"ldc"
  %".201" = add i64 %".200", 0
  %".202" = getelementptr inbounds float, ptr %"c", i64 %".201"
  %".203" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".202", i32 4, <8 x i1> %".197", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".204" = fadd reassoc contract nsz <8 x float> %".203", %".145"
  %".205" = select  i1 %"first", <8 x float> %".145", <8 x float> %".204"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".205", ptr %".202", i32 4, <8 x i1> %".197")
  %".207" = mul i64 1, %"ldc"
  %".208" = add i64 %".207", 8
  %".209" = getelementptr inbounds float, ptr %"c", i64 %".208"
  %".210" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".209", i32 4, <8 x i1> %".198", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".211" = fadd reassoc contract nsz <8 x float> %".210", %".146"
  %".212" = select  i1 %"first", <8 x float> %".146", <8 x float> %".211"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".212", ptr %".209", i32 4, <8 x i1> %".198")
  br label %"row1"
row1:
  %".215" = mul i64 0, %"ldc"
  %".216" = add i64 %".215", 0
  %".217" = getelementptr inbounds float, ptr %"c", i64 %".216"
  %".218" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".217", i32 4, <8 x i1> %".197", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".219" = fadd reassoc contract nsz <8 x float> %".218", %".143"
  %".220" = select  i1 %"first", <8 x float> %".143", <8 x float> %".219"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".220", ptr %".217", i32 4, <8 x i1> %".197")
  %".222" = mul i64 0, %"ldc"
  %".223" = add i64 %".222", 8
  %".224" = getelementptr inbounds float, ptr %"c", i64 %".223"
  %".225" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".224", i32 4, <8 x i1> %".198", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".226" = fadd reassoc contract nsz <8 x float> %".225", %".144"
  %".227" = select  i1 %"first", <8 x float> %".144", <8 x float> %".226"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".227", ptr %".224", i32 4, <8 x i1> %".198")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel4"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first")
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".161", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".138", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".139", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".145", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".146", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".152", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".153", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".159", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".160", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 16
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <8 x float>, ptr %".16", align 32
  %".18" = add i64 %".14", 8
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <8 x float>, ptr %".19", align 32
  %".21" = mul i64 %".13", 6
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <8 x float> %".25", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".17", <8 x float> %"acc0")
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".20", <8 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".17", <8 x float> %"acc2")
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".20", <8 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <8 x float> %".39", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".17", <8 x float> %"acc4")
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".20", <8 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <8 x float> %".46", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".47", <8 x float> %".17", <8 x float> %"acc6")
  %".49" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".47", <8 x float> %".20", <8 x float> %"acc7")
  %".50" = add i64 %"k", 1
  %".51" = mul i64 %".50", 16
  %".52" = add i64 %".51", 0
  %".53" = getelementptr inbounds float, ptr %"bp", i64 %".52"
  %".54" = load <8 x float>, ptr %".53", align 32
  %".55" = add i64 %".51", 8
  %".56" = getelementptr inbounds float, ptr %"bp", i64 %".55"
  %".57" = load <8 x float>, ptr %".56", align 32
  %".58" = mul i64 %".50", 6
  %".59" = add i64 %".58", 0
  %".60" = getelementptr inbounds float, ptr %"ap", i64 %".59"
  %".61" = load float, ptr %".60"
  %".62" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".61", i32 0
  %".63" = shufflevector <8 x float> %".62", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".64" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".63", <8 x float> %".54", <8 x float> %".27")
  %".65" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".63", <8 x float> %".57", <8 x float> %".28")
  %".66" = add i64 %".58", 1
  %".67" = getelementptr inbounds float, ptr %"ap", i64 %".66"
  %".68" = load float, ptr %".67"
  %".69" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <8 x float> %".69", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".54", <8 x float> %".34")
  %".72" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".57", <8 x float> %".35")
  %".73" = add i64 %".58", 2
  %".74" = getelementptr inbounds float, ptr %"ap", i64 %".73"
  %".75" = load float, ptr %".74"
  %".76" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <8 x float> %".76", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".54", <8 x float> %".41")
  %".79" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".57", <8 x float> %".42")
  %".80" = add i64 %".58", 3
  %".81" = getelementptr inbounds float, ptr %"ap", i64 %".80"
  %".82" = load float, ptr %".81"
  %".83" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <8 x float> %".83", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".54", <8 x float> %".48")
  %".86" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".57", <8 x float> %".49")
  %".87" = add i64 %"k", 2
  %".88" = mul i64 %".87", 16
  %".89" = add i64 %".88", 0
  %".90" = getelementptr inbounds float, ptr %"bp", i64 %".89"
  %".91" = load <8 x float>, ptr %".90", align 32
  %".92" = add i64 %".88", 8
  %".93" = getelementptr inbounds float, ptr %"bp", i64 %".92"
  %".94" = load <8 x float>, ptr %".93", align 32
  %".95" = mul i64 %".87", 6
  %".96" = add i64 %".95", 0
  %".97" = getelementptr inbounds float, ptr %"ap", i64 %".96"
  %".98" = load float, ptr %".97"
  %".99" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <8 x float> %".99", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".91", <8 x float> %".64")
  %".102" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".94", <8 x float> %".65")
  %".103" = add i64 %".95", 1
  %".104" = getelementptr inbounds float, ptr %"ap", i64 %".103"
  %".105" = load float, ptr %".104"
  %".106" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".105", i32 0
  %".107" = shufflevector <8 x float> %".106", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".108" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".91", <8 x float> %".71")
  %".109" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".94", <8 x float> %".72")
  %".110" = add i64 %".95", 2
  %".111" = getelementptr inbounds float, ptr %"ap", i64 %".110"
  %".112" = load float, ptr %".111"
  %".113" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".112", i32 0
  %".114" = shufflevector <8 x float> %".113", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".115" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".91", <8 x float> %".78")
  %".116" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".94", <8 x float> %".79")
  %".117" = add i64 %".95", 3
  %".118" = getelementptr inbounds float, ptr %"ap", i64 %".117"
  %".119" = load float, ptr %".118"
  %".120" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".119", i32 0
  %".121" = shufflevector <8 x float> %".120", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".122" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".91", <8 x float> %".85")
  %".123" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".94", <8 x float> %".86")
  %".124" = add i64 %"k", 3
  %".125" = mul i64 %".124", 16
  %".126" = add i64 %".125", 0
  %".127" = getelementptr inbounds float, ptr %"bp", i64 %".126"
  %".128" = load <8 x float>, ptr %".127", align 32
  %".129" = add i64 %".125", 8
  %".130" = getelementptr inbounds float, ptr %"bp", i64 %".129"
  %".131" = load <8 x float>, ptr %".130", align 32
  %".132" = mul i64 %".124", 6
  %".133" = add i64 %".132", 0
  %".134" = getelementptr inbounds float, ptr %"ap", i64 %".133"
  %".135" = load float, ptr %".134"
  %".136" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".135", i32 0
  %".137" = shufflevector <8 x float> %".136", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".137", <8 x float> %".128", <8 x float> %".101")
  %".139" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".137", <8 x float> %".131", <8 x float> %".102")
  %".140" = add i64 %".132", 1
  %".141" = getelementptr inbounds float, ptr %"ap", i64 %".140"
  %".142" = load float, ptr %".141"
  %".143" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".142", i32 0
  %".144" = shufflevector <8 x float> %".143", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".145" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".144", <8 x float> %".128", <8 x float> %".108")
  %".146" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".144", <8 x float> %".131", <8 x float> %".109")
  %".147" = add i64 %".132", 2
  %".148" = getelementptr inbounds float, ptr %"ap", i64 %".147"
  %".149" = load float, ptr %".148"
  %".150" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".149", i32 0
  %".151" = shufflevector <8 x float> %".150", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".152" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".151", <8 x float> %".128", <8 x float> %".115")
  %".153" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".151", <8 x float> %".131", <8 x float> %".116")
  %".154" = add i64 %".132", 3
  %".155" = getelementptr inbounds float, ptr %"ap", i64 %".154"
  %".156" = load float, ptr %".155"
  %".157" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".156", i32 0
  %".158" = shufflevector <8 x float> %".157", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".159" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".158", <8 x float> %".128", <8 x float> %".122")
  %".160" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".158", <8 x float> %".131", <8 x float> %".123")
  %".161" = add i64 %"k", 4
  %".162" = icmp slt i64 %".161", %".10"
  br i1 %".162", label %"main", label %"mid"
mid:
  %".164" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".138", %"main"]
  %".165" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".139", %"main"]
  %".166" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".145", %"main"]
  %".167" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".146", %"main"]
  %".168" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".152", %"main"]
  %".169" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".153", %"main"]
  %".170" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".159", %"main"]
  %".171" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".160", %"main"]
  %".172" = icmp slt i64 %".10", %"kc"
  br i1 %".172", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".218", %"rem"]
  %".174" = phi  <8 x float> [%".164", %"mid"], [%".195", %"rem"]
  %".175" = phi  <8 x float> [%".165", %"mid"], [%".196", %"rem"]
  %".176" = phi  <8 x float> [%".166", %"mid"], [%".202", %"rem"]
  %".177" = phi  <8 x float> [%".167", %"mid"], [%".203", %"rem"]
  %".178" = phi  <8 x float> [%".168", %"mid"], [%".209", %"rem"]
  %".179" = phi  <8 x float> [%".169", %"mid"], [%".210", %"rem"]
  %".180" = phi  <8 x float> [%".170", %"mid"], [%".216", %"rem"]
  %".181" = phi  <8 x float> [%".171", %"mid"], [%".217", %"rem"]
  %".182" = mul i64 %"k1", 16
  %".183" = add i64 %".182", 0
  %".184" = getelementptr inbounds float, ptr %"bp", i64 %".183"
  %".185" = load <8 x float>, ptr %".184", align 32
  %".186" = add i64 %".182", 8
  %".187" = getelementptr inbounds float, ptr %"bp", i64 %".186"
  %".188" = load <8 x float>, ptr %".187", align 32
  %".189" = mul i64 %"k1", 6
  %".190" = add i64 %".189", 0
  %".191" = getelementptr inbounds float, ptr %"ap", i64 %".190"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <8 x float> %".193", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".185", <8 x float> %".174")
  %".196" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".188", <8 x float> %".175")
  %".197" = add i64 %".189", 1
  %".198" = getelementptr inbounds float, ptr %"ap", i64 %".197"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <8 x float> %".200", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".185", <8 x float> %".176")
  %".203" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".188", <8 x float> %".177")
  %".204" = add i64 %".189", 2
  %".205" = getelementptr inbounds float, ptr %"ap", i64 %".204"
  %".206" = load float, ptr %".205"
  %".207" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <8 x float> %".207", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".185", <8 x float> %".178")
  %".210" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".188", <8 x float> %".179")
  %".211" = add i64 %".189", 3
  %".212" = getelementptr inbounds float, ptr %"ap", i64 %".211"
  %".213" = load float, ptr %".212"
  %".214" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <8 x float> %".214", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".185", <8 x float> %".180")
  %".217" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".188", <8 x float> %".181")
  %".218" = add i64 %"k1", 1
  %".219" = icmp slt i64 %".218", %"kc"
  br i1 %".219", label %"rem", label %"tail"
tail:
  %".221" = phi  <8 x float> [%".164", %"mid"], [%".195", %"rem"]
  %".222" = phi  <8 x float> [%".165", %"mid"], [%".196", %"rem"]
  %".223" = phi  <8 x float> [%".166", %"mid"], [%".202", %"rem"]
  %".224" = phi  <8 x float> [%".167", %"mid"], [%".203", %"rem"]
  %".225" = phi  <8 x float> [%".168", %"mid"], [%".209", %"rem"]
  %".226" = phi  <8 x float> [%".169", %"mid"], [%".210", %"rem"]
  %".227" = phi  <8 x float> [%".170", %"mid"], [%".216", %"rem"]
  %".228" = phi  <8 x float> [%".171", %"mid"], [%".217", %"rem"]
  %".229" = icmp eq i64 %"mr", 4
  %".230" = icmp eq i64 %"nr", 16
  %".231" = and i1 %".229", %".230"
  br i1 %".231", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".317" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".318" = shufflevector <8 x i64> %".317", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".319" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".318"
  %".320" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".318"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row3" i64 2, label %"row2" i64 3, label %"row1" i64 4, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".234" = mul i64 0, %"ldc"
  %".235" = add i64 %".234", 0
  %".236" = getelementptr inbounds float, ptr %"c", i64 %".235"
  store <8 x float> %".221", ptr %".236", align 4
  %".238" = mul i64 0, %"ldc"
  %".239" = add i64 %".238", 8
  %".240" = getelementptr inbounds float, ptr %"c", i64 %".239"
  store <8 x float> %".222", ptr %".240", align 4
  %".242" = mul i64 1, %"ldc"
  %".243" = add i64 %".242", 0
  %".244" = getelementptr inbounds float, ptr %"c", i64 %".243"
  store <8 x float> %".223", ptr %".244", align 4
  %".246" = mul i64 1, %"ldc"
  %".247" = add i64 %".246", 8
  %".248" = getelementptr inbounds float, ptr %"c", i64 %".247"
  store <8 x float> %".224", ptr %".248", align 4
  %".250" = mul i64 2, %"ldc"
  %".251" = add i64 %".250", 0
  %".252" = getelementptr inbounds float, ptr %"c", i64 %".251"
  store <8 x float> %".225", ptr %".252", align 4
  %".254" = mul i64 2, %"ldc"
  %".255" = add i64 %".254", 8
  %".256" = getelementptr inbounds float, ptr %"c", i64 %".255"
  store <8 x float> %".226", ptr %".256", align 4
  %".258" = mul i64 3, %"ldc"
  %".259" = add i64 %".258", 0
  %".260" = getelementptr inbounds float, ptr %"c", i64 %".259"
  store <8 x float> %".227", ptr %".260", align 4
  %".262" = mul i64 3, %"ldc"
  %".263" = add i64 %".262", 8
  %".264" = getelementptr inbounds float, ptr %"c", i64 %".263"
  store <8 x float> %".228", ptr %".264", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".267" = mul i64 0, %"ldc"
  %".268" = add i64 %".267", 0
  %".269" = getelementptr inbounds float, ptr %"c", i64 %".268"
  %".270" = load <8 x float>, ptr %".269", align 4
  %".271" = fadd reassoc contract nsz <8 x float> %".270", %".221"
  store <8 x float> %".271", ptr %".269", align 4
  %".273" = mul i64 0, %"ldc"
  %".274" = add i64 %".273", 8
  %".275" = getelementptr inbounds float, ptr %"c", i64 %".274"
  %".276" = load <8 x float>, ptr %".275", align 4
  %".277" = fadd reassoc contract nsz <8 x float> %".276", %".222"
  store <8 x float> %".277", ptr %".275", align 4
  %".279" = mul i64 1, %"ldc"
  %".280" = add i64 %".279", 0
  %".281" = getelementptr inbounds float, ptr %"c", i64 %".280"
  %".282" = load <8 x float>, ptr %".281", align 4
  %".283" = fadd reassoc contract nsz <8 x float> %".282", %".223"
  store <8 x float> %".283", ptr %".281", align 4
  %".285" = mul i64 1, %"ldc"
  %".286" = add i64 %".285", 8
  %".287" = getelementptr inbounds float, ptr %"c", i64 %".286"
  %".288" = load <8 x float>, ptr %".287", align 4
  %".289" = fadd reassoc contract nsz <8 x float> %".288", %".224"
  store <8 x float> %".289", ptr %".287", align 4
  %".291" = mul i64 2, %"ldc"
  %".292" = add i64 %".291", 0
  %".293" = getelementptr inbounds float, ptr %"c", i64 %".292"
  %".294" = load <8 x float>, ptr %".293", align 4
  %".295" = fadd reassoc contract nsz <8 x float> %".294", %".225"
  store <8 x float> %".295", ptr %".293", align 4
  %".297" = mul i64 2, %"ldc"
  %".298" = add i64 %".297", 8
  %".299" = getelementptr inbounds float, ptr %"c", i64 %".298"
  %".300" = load <8 x float>, ptr %".299", align 4
  %".301" = fadd reassoc contract nsz <8 x float> %".300", %".226"
  store <8 x float> %".301", ptr %".299", align 4
  %".303" = mul i64 3, %"ldc"
  %".304" = add i64 %".303", 0
  %".305" = getelementptr inbounds float, ptr %"c", i64 %".304"
  %".306" = load <8 x float>, ptr %".305", align 4
  %".307" = fadd reassoc contract nsz <8 x float> %".306", %".227"
  store <8 x float> %".307", ptr %".305", align 4
  %".309" = mul i64 3, %"ldc"
  %".310" = add i64 %".309", 8
  %".311" = getelementptr inbounds float, ptr %"c", i64 %".310"
  %".312" = load <8 x float>, ptr %".311", align 4
  %".313" = fadd reassoc contract nsz <8 x float> %".312", %".228"
  store <8 x float> %".313", ptr %".311", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".322" = mul i64 3, %"ldc"
  %".323" = add i64 %".322", 0
  %".324" = getelementptr inbounds float, ptr %"c", i64 %".323"
  %".325" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".324", i32 4, <8 x i1> %".319", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".326" = fadd reassoc contract nsz <8 x float> %".325", %".227"
  %".327" = select  i1 %"first", <8 x float> %".227", <8 x float> %".326"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".327", ptr %".324", i32 4, <8 x i1> %".319")
  %".329" = mul i64 3, %"ldc"
  %".330" = add i64 %".329", 8
  %".331" = getelementptr inbounds float, ptr %"c", i64 %".330"
  %".332" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".331", i32 4, <8 x i1> %".320", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".333" = fadd reassoc contract nsz <8 x float> %".332", %".228"
  %".334" = select  i1 %"first", <8 x float> %".228", <8 x float> %".333"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".334", ptr %".331", i32 4, <8 x i1> %".320")
  br label %"row1"
row1:
  %".337" = mul i64 2, %"ldc"
  %".338" = add i64 %".337", 0
  %".339" = getelementptr inbounds float, ptr %"c", i64 %".338"
  %".340" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".339", i32 4, <8 x i1> %".319", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".341" = fadd reassoc contract nsz <8 x float> %".340", %".225"
  %".342" = select  i1 %"first", <8 x float> %".225", <8 x float> %".341"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".342", ptr %".339", i32 4, <8 x i1> %".319")
  %".344" = mul i64 2, %"ldc"
  %".345" = add i64 %".344", 8
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  %".347" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".346", i32 4, <8 x i1> %".320", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".348" = fadd reassoc contract nsz <8 x float> %".347", %".226"
  %".349" = select  i1 %"first", <8 x float> %".226", <8 x float> %".348"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".349", ptr %".346", i32 4, <8 x i1> %".320")
  br label %"row2"
row2:
  %".352" = mul i64 1, %"ldc"
  %".353" = add i64 %".352", 0
  %".354" = getelementptr inbounds float, ptr %"c", i64 %".353"
  %".355" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".354", i32 4, <8 x i1> %".319", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".356" = fadd reassoc contract nsz <8 x float> %".355", %".223"
  %".357" = select  i1 %"first", <8 x float> %".223", <8 x float> %".356"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".357", ptr %".354", i32 4, <8 x i1> %".319")
  %".359" = mul i64 1, %"ldc"
  %".360" = add i64 %".359", 8
  %".361" = getelementptr inbounds float, ptr %"c", i64 %".360"
  %".362" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".361", i32 4, <8 x i1> %".320", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".363" = fadd reassoc contract nsz <8 x float> %".362", %".224"
  %".364" = select  i1 %"first", <8 x float> %".224", <8 x float> %".363"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".364", ptr %".361", i32 4, <8 x i1> %".320")
  br label %"row3"
row3:
  %".367" = mul i64 0, %"ldc"
  %".368" = add i64 %".367", 0
  %".369" = getelementptr inbounds float, ptr %"c", i64 %".368"
  %".370" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".369", i32 4, <8 x i1> %".319", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".371" = fadd reassoc contract nsz <8 x float> %".370", %".221"
  %".372" = select  i1 %"first", <8 x float> %".221", <8 x float> %".371"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".372", ptr %".369", i32 4, <8 x i1> %".319")
  %".374" = mul i64 0, %"ldc"
  %".375" = add i64 %".374", 8
  %".376" = getelementptr inbounds float, ptr %"c", i64 %".375"
  %".377" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".376", i32 4, <8 x i1> %".320", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".378" = fadd reassoc contract nsz <8 x float> %".377", %".222"
  %".379" = select  i1 %"first", <8 x float> %".222", <8 x float> %".378"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".379", ptr %".376", i32 4, <8 x i1> %".320")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.pack_a"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k")
{
entry:
  %".8" = add i64 %"rows", 5
  %".9" = sdiv i64 %".8", 6
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 6
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 6
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 6, %".15"
  %".17" = select  i1 %".16", i64 6, i64 %".15"
  %".18" = mul i64 %".14", %"s_row"
  %".19" = getelementptr inbounds float, ptr %"src", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %"dst", i64 %".13"
  %".21" = icmp eq i64 %"s_row", 1
  br i1 %".21", label %"p.body.if", label %"p.body.else"
p.done:
  ret void
p.body.if:
  %".23" = icmp slt i64 0, %"kc"
  br i1 %".23", label %"k.body", label %"k.done"
p.body.else:
  %".40" = icmp slt i64 0, %".17"
  br i1 %".40", label %"r.body.1", label %"r.done.1"
p.body.endif:
  %".58" = icmp slt i64 0, %"kc"
  br i1 %".58", label %"kz.body", label %"kz.done"
k.body:
  %"k" = phi  i64 [0, %"p.body.if"], [%"k.next", %"r.done"]
  %".25" = icmp slt i64 0, %".17"
  br i1 %".25", label %"r.body", label %"r.done"
k.done:
  br label %"p.body.endif"
r.body:
  %"r" = phi  i64 [0, %"k.body"], [%"r.next", %"r.body"]
  %".27" = mul i64 %"k", %"s_k"
  %".28" = add i64 %"r", %".27"
  %".29" = getelementptr inbounds float, ptr %".19", i64 %".28"
  %".30" = load float, ptr %".29"
  %".31" = mul i64 %"k", 6
  %".32" = add i64 %".31", %"r"
  %".33" = getelementptr inbounds float, ptr %".20", i64 %".32"
  store float %".30", ptr %".33"
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
r.done:
  %"k.next" = add nsw i64 %"k", 1
  %".37" = icmp slt i64 %"k.next", %"kc"
  br i1 %".37", label %"k.body", label %"k.done"
r.body.1:
  %"r.1" = phi  i64 [0, %"p.body.else"], [%"r.next.1", %"k.done.1"]
  %".42" = mul i64 %"r.1", %"s_row"
  %".43" = icmp slt i64 0, %"kc"
  br i1 %".43", label %"k.body.1", label %"k.done.1"
r.done.1:
  br label %"p.body.endif"
k.body.1:
  %"k.1" = phi  i64 [0, %"r.body.1"], [%"k.next.1", %"k.body.1"]
  %".45" = mul i64 %"k.1", %"s_k"
  %".46" = add i64 %".42", %".45"
  %".47" = getelementptr inbounds float, ptr %".19", i64 %".46"
  %".48" = load float, ptr %".47"
  %".49" = mul i64 %"k.1", 6
  %".50" = add i64 %".49", %"r.1"
  %".51" = getelementptr inbounds float, ptr %".20", i64 %".50"
  store float %".48", ptr %".51"
  %"k.next.1" = add nsw i64 %"k.1", 1
  %".53" = icmp slt i64 %"k.next.1", %"kc"
  br i1 %".53", label %"k.body.1", label %"k.done.1"
k.done.1:
  %"r.next.1" = add nsw i64 %"r.1", 1
  %".55" = icmp slt i64 %"r.next.1", %".17"
  br i1 %".55", label %"r.body.1", label %"r.done.1"
kz.body:
  %"kz" = phi  i64 [0, %"p.body.endif"], [%"kz.next", %"z.done"]
  %".60" = icmp slt i64 %".17", 6
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 6
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 6
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.pack_b"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k")
{
entry:
  %".8" = add i64 %"rows", 15
  %".9" = sdiv i64 %".8", 16
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 16
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 16
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 16, %".15"
  %".17" = select  i1 %".16", i64 16, i64 %".15"
  %".18" = mul i64 %".14", %"s_row"
  %".19" = getelementptr inbounds float, ptr %"src", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %"dst", i64 %".13"
  %".21" = icmp eq i64 %"s_row", 1
  br i1 %".21", label %"p.body.if", label %"p.body.else"
p.done:
  ret void
p.body.if:
  %".23" = icmp slt i64 0, %"kc"
  br i1 %".23", label %"k.body", label %"k.done"
p.body.else:
  %".40" = icmp slt i64 0, %".17"
  br i1 %".40", label %"r.body.1", label %"r.done.1"
p.body.endif:
  %".58" = icmp slt i64 0, %"kc"
  br i1 %".58", label %"kz.body", label %"kz.done"
k.body:
  %"k" = phi  i64 [0, %"p.body.if"], [%"k.next", %"r.done"]
  %".25" = icmp slt i64 0, %".17"
  br i1 %".25", label %"r.body", label %"r.done"
k.done:
  br label %"p.body.endif"
r.body:
  %"r" = phi  i64 [0, %"k.body"], [%"r.next", %"r.body"]
  %".27" = mul i64 %"k", %"s_k"
  %".28" = add i64 %"r", %".27"
  %".29" = getelementptr inbounds float, ptr %".19", i64 %".28"
  %".30" = load float, ptr %".29"
  %".31" = mul i64 %"k", 16
  %".32" = add i64 %".31", %"r"
  %".33" = getelementptr inbounds float, ptr %".20", i64 %".32"
  store float %".30", ptr %".33"
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
r.done:
  %"k.next" = add nsw i64 %"k", 1
  %".37" = icmp slt i64 %"k.next", %"kc"
  br i1 %".37", label %"k.body", label %"k.done"
r.body.1:
  %"r.1" = phi  i64 [0, %"p.body.else"], [%"r.next.1", %"k.done.1"]
  %".42" = mul i64 %"r.1", %"s_row"
  %".43" = icmp slt i64 0, %"kc"
  br i1 %".43", label %"k.body.1", label %"k.done.1"
r.done.1:
  br label %"p.body.endif"
k.body.1:
  %"k.1" = phi  i64 [0, %"r.body.1"], [%"k.next.1", %"k.body.1"]
  %".45" = mul i64 %"k.1", %"s_k"
  %".46" = add i64 %".42", %".45"
  %".47" = getelementptr inbounds float, ptr %".19", i64 %".46"
  %".48" = load float, ptr %".47"
  %".49" = mul i64 %"k.1", 16
  %".50" = add i64 %".49", %"r.1"
  %".51" = getelementptr inbounds float, ptr %".20", i64 %".50"
  store float %".48", ptr %".51"
  %"k.next.1" = add nsw i64 %"k.1", 1
  %".53" = icmp slt i64 %"k.next.1", %"kc"
  br i1 %".53", label %"k.body.1", label %"k.done.1"
k.done.1:
  %"r.next.1" = add nsw i64 %"r.1", 1
  %".55" = icmp slt i64 %"r.next.1", %".17"
  br i1 %".55", label %"r.body.1", label %"r.done.1"
kz.body:
  %"kz" = phi  i64 [0, %"p.body.endif"], [%"kz.next", %"z.done"]
  %".60" = icmp slt i64 %".17", 16
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 16
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 16
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.thread"(ptr %"ctx", i64 %"tid", i64 %"nt")
{
entry:
  %".5" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 0
  %"M" = load i64, ptr %".5"
  %".6" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 1
  %"Nn" = load i64, ptr %".6"
  %".7" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 2
  %"K" = load i64, ptr %".7"
  %".8" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 3
  %"A" = load ptr, ptr %".8"
  %".9" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 4
  %"rsa" = load i64, ptr %".9"
  %".10" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 5
  %"csa" = load i64, ptr %".10"
  %".11" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 6
  %"B" = load ptr, ptr %".11"
  %".12" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 7
  %"rsb" = load i64, ptr %".12"
  %".13" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 8
  %"csb" = load i64, ptr %".13"
  %".14" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 9
  %"C" = load ptr, ptr %".14"
  %".15" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 10
  %"ldc" = load i64, ptr %".15"
  %".16" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 11
  %"nb" = load i64, ptr %".16"
  %".17" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 12
  %"sa" = load i64, ptr %".17"
  %".18" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 13
  %"sb" = load i64, ptr %".18"
  %".19" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 14
  %"sc" = load i64, ptr %".19"
  %".20" = icmp ne i64 %"sc", 0
  %".21" = icmp sge i64 %"nb", %"nt"
  %".22" = and i1 %".20", %".21"
  %".23" = add i64 %"nb", 0
  %".24" = sdiv i64 %".23", 1
  %".25" = sub i64 %"nt", 1
  %".26" = add i64 %".24", %".25"
  %".27" = sdiv i64 %".26", %"nt"
  %".28" = mul i64 %".27", 1
  %".29" = mul i64 %"tid", %".28"
  %".30" = icmp slt i64 %".29", %"nb"
  %".31" = select  i1 %".30", i64 %".29", i64 %"nb"
  %".32" = add i64 %".31", %".28"
  %".33" = icmp slt i64 %".32", %"nb"
  %".34" = select  i1 %".33", i64 %".32", i64 %"nb"
  %".35" = select  i1 %".22", i64 %".31", i64 0
  %".36" = select  i1 %".22", i64 %".34", i64 %"nb"
  %".37" = select  i1 %".22", i64 0, i64 %"tid"
  %".38" = select  i1 %".22", i64 1, i64 %"nt"
  %".39" = icmp sge i64 %"Nn", %"M"
  %".40" = add i64 %"Nn", 15
  %".41" = sdiv i64 %".40", 16
  %".42" = sub i64 %".38", 1
  %".43" = add i64 %".41", %".42"
  %".44" = sdiv i64 %".43", %".38"
  %".45" = mul i64 %".44", 16
  %".46" = mul i64 %".37", %".45"
  %".47" = icmp slt i64 %".46", %"Nn"
  %".48" = select  i1 %".47", i64 %".46", i64 %"Nn"
  %".49" = add i64 %".48", %".45"
  %".50" = icmp slt i64 %".49", %"Nn"
  %".51" = select  i1 %".50", i64 %".49", i64 %"Nn"
  %".52" = add i64 %"M", 5
  %".53" = sdiv i64 %".52", 6
  %".54" = sub i64 %".38", 1
  %".55" = add i64 %".53", %".54"
  %".56" = sdiv i64 %".55", %".38"
  %".57" = mul i64 %".56", 6
  %".58" = mul i64 %".37", %".57"
  %".59" = icmp slt i64 %".58", %"M"
  %".60" = select  i1 %".59", i64 %".58", i64 %"M"
  %".61" = add i64 %".60", %".57"
  %".62" = icmp slt i64 %".61", %"M"
  %".63" = select  i1 %".62", i64 %".61", i64 %"M"
  %".64" = select  i1 %".39", i64 %".48", i64 0
  %".65" = select  i1 %".39", i64 %".51", i64 %"Nn"
  %".66" = select  i1 %".39", i64 0, i64 %".60"
  %".67" = select  i1 %".39", i64 %"M", i64 %".63"
  %"ws" = call ptr @"gv_workspace"(i64 %"tid", i64 8650752)
  %".68" = getelementptr inbounds float, ptr %"ws", i64 73728
  %".69" = icmp slt i64 %".35", %".36"
  br i1 %".69", label %"bi.body", label %"bi.done"
bi.body:
  %"bi" = phi  i64 [%".35", %"entry"], [%"bi.next", %"jc.done"]
  %".71" = mul i64 %"bi", %"sa"
  %".72" = getelementptr inbounds float, ptr %"A", i64 %".71"
  %".73" = mul i64 %"bi", %"sb"
  %".74" = getelementptr inbounds float, ptr %"B", i64 %".73"
  %".75" = mul i64 %"bi", %"sc"
  %".76" = getelementptr inbounds float, ptr %"C", i64 %".75"
  %".77" = icmp eq i64 %"sc", 0
  %".78" = icmp sgt i64 %"bi", 0
  %".79" = and i1 %".77", %".78"
  %".80" = icmp slt i64 %".64", %".65"
  br i1 %".80", label %"jc.body", label %"jc.done"
bi.done:
  ret void
jc.body:
  %"jc" = phi  i64 [%".64", %"bi.body"], [%"jc.next", %"pc.done"]
  %".82" = sub i64 %".65", %"jc"
  %".83" = icmp slt i64 4080, %".82"
  %".84" = select  i1 %".83", i64 4080, i64 %".82"
  %".85" = icmp slt i64 0, %"K"
  br i1 %".85", label %"pc.body", label %"pc.done"
jc.done:
  %"bi.next" = add nsw i64 %"bi", 1
  %".153" = icmp slt i64 %"bi.next", %".36"
  br i1 %".153", label %"bi.body", label %"bi.done"
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".87" = sub i64 %"K", %"pc"
  %".88" = icmp slt i64 512, %".87"
  %".89" = select  i1 %".88", i64 512, i64 %".87"
  %".90" = icmp eq i64 %"pc", 0
  %".91" = xor i1 %".79", -1
  %".92" = and i1 %".90", %".91"
  %".93" = mul i64 %"pc", %"rsb"
  %".94" = mul i64 %"jc", %"csb"
  %".95" = add i64 %".93", %".94"
  %".96" = getelementptr inbounds float, ptr %".74", i64 %".95"
  call void @"gv_gemm_f32.pack_b"(ptr %".68", ptr %".96", i64 %".84", i64 %".89", i64 %"csb", i64 %"rsb")
  %".98" = icmp slt i64 %".66", %".67"
  br i1 %".98", label %"ic.body", label %"ic.done"
pc.done:
  %"jc.next" = add nsw i64 %"jc", 4080
  %".151" = icmp slt i64 %"jc.next", %".65"
  br i1 %".151", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".66", %"pc.body"], [%"ic.next", %"jr.done"]
  %".100" = sub i64 %".67", %"ic"
  %".101" = icmp slt i64 144, %".100"
  %".102" = select  i1 %".101", i64 144, i64 %".100"
  %".103" = mul i64 %"ic", %"rsa"
  %".104" = mul i64 %"pc", %"csa"
  %".105" = add i64 %".103", %".104"
  %".106" = getelementptr inbounds float, ptr %".72", i64 %".105"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".106", i64 %".102", i64 %".89", i64 %"rsa", i64 %"csa")
  %".108" = icmp slt i64 0, %".84"
  br i1 %".108", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 512
  %".149" = icmp slt i64 %"pc.next", %"K"
  br i1 %".149", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".110" = sub i64 %".84", %"jr"
  %".111" = icmp slt i64 16, %".110"
  %".112" = select  i1 %".111", i64 16, i64 %".110"
  %".113" = mul i64 %"jr", %".89"
  %".114" = getelementptr inbounds float, ptr %".68", i64 %".113"
  %".115" = icmp slt i64 0, %".102"
  br i1 %".115", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 144
  %".147" = icmp slt i64 %"ic.next", %".67"
  br i1 %".147", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body.endif"]
  %".117" = sub i64 %".102", %"ir"
  %".118" = icmp slt i64 6, %".117"
  %".119" = select  i1 %".118", i64 6, i64 %".117"
  %".120" = mul i64 %"ir", %".89"
  %".121" = getelementptr inbounds float, ptr %"ws", i64 %".120"
  %".122" = add i64 %"ic", %"ir"
  %".123" = mul i64 %".122", %"ldc"
  %".124" = add i64 %"jc", %"jr"
  %".125" = add i64 %".123", %".124"
  %".126" = getelementptr inbounds float, ptr %".76", i64 %".125"
  %".127" = icmp sle i64 %".119", 2
  br i1 %".127", label %"ir.body.if", label %"ir.body.else"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 16
  %".145" = icmp slt i64 %"jr.next", %".84"
  br i1 %".145", label %"jr.body", label %"jr.done"
ir.body.if:
  call void @"gv_gemm_f32.ukernel2"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.endif"
ir.body.else:
  %".131" = icmp sle i64 %".119", 3
  br i1 %".131", label %"ir.body.else.if", label %"ir.body.else.else"
ir.body.endif:
  %"ir.next" = add nsw i64 %"ir", 6
  %".143" = icmp slt i64 %"ir.next", %".102"
  br i1 %".143", label %"ir.body", label %"ir.done"
ir.body.else.if:
  call void @"gv_gemm_f32.ukernel3"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.endif"
ir.body.else.else:
  %".135" = icmp sle i64 %".119", 4
  br i1 %".135", label %"ir.body.else.else.if", label %"ir.body.else.else.else"
ir.body.else.endif:
  br label %"ir.body.endif"
ir.body.else.else.if:
  call void @"gv_gemm_f32.ukernel4"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.else.endif"
ir.body.else.else.else:
  call void @"gv_gemm_f32.ukernel6"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.else.endif"
ir.body.else.else.endif:
  br label %"ir.body.else.endif"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

define internal void @"gv_dot_f32.pack"(ptr noalias %"at", ptr noalias %"a", i64 %"M", i64 %"kc", i64 %"lda", i64 %"ldat")
{
entry:
  %".8" = and i64 %"kc", -8
  %".9" = icmp slt i64 0, %"ldat"
  br i1 %".9", label %"m.body", label %"m.done"
m.body:
  %"m" = phi  i64 [0, %"entry"], [%"m.next", %"k.done.endif"]
  %".11" = add i64 %"m", 0
  %".12" = sub i64 %"M", 1
  %".13" = icmp slt i64 %".11", %".12"
  %".14" = select  i1 %".13", i64 %".11", i64 %".12"
  %".15" = mul i64 %".14", %"lda"
  %".16" = getelementptr inbounds float, ptr %"a", i64 %".15"
  %".17" = add i64 %"m", 1
  %".18" = sub i64 %"M", 1
  %".19" = icmp slt i64 %".17", %".18"
  %".20" = select  i1 %".19", i64 %".17", i64 %".18"
  %".21" = mul i64 %".20", %"lda"
  %".22" = getelementptr inbounds float, ptr %"a", i64 %".21"
  %".23" = add i64 %"m", 2
  %".24" = sub i64 %"M", 1
  %".25" = icmp slt i64 %".23", %".24"
  %".26" = select  i1 %".25", i64 %".23", i64 %".24"
  %".27" = mul i64 %".26", %"lda"
  %".28" = getelementptr inbounds float, ptr %"a", i64 %".27"
  %".29" = add i64 %"m", 3
  %".30" = sub i64 %"M", 1
  %".31" = icmp slt i64 %".29", %".30"
  %".32" = select  i1 %".31", i64 %".29", i64 %".30"
  %".33" = mul i64 %".32", %"lda"
  %".34" = getelementptr inbounds float, ptr %"a", i64 %".33"
  %".35" = add i64 %"m", 4
  %".36" = sub i64 %"M", 1
  %".37" = icmp slt i64 %".35", %".36"
  %".38" = select  i1 %".37", i64 %".35", i64 %".36"
  %".39" = mul i64 %".38", %"lda"
  %".40" = getelementptr inbounds float, ptr %"a", i64 %".39"
  %".41" = add i64 %"m", 5
  %".42" = sub i64 %"M", 1
  %".43" = icmp slt i64 %".41", %".42"
  %".44" = select  i1 %".43", i64 %".41", i64 %".42"
  %".45" = mul i64 %".44", %"lda"
  %".46" = getelementptr inbounds float, ptr %"a", i64 %".45"
  %".47" = add i64 %"m", 6
  %".48" = sub i64 %"M", 1
  %".49" = icmp slt i64 %".47", %".48"
  %".50" = select  i1 %".49", i64 %".47", i64 %".48"
  %".51" = mul i64 %".50", %"lda"
  %".52" = getelementptr inbounds float, ptr %"a", i64 %".51"
  %".53" = add i64 %"m", 7
  %".54" = sub i64 %"M", 1
  %".55" = icmp slt i64 %".53", %".54"
  %".56" = select  i1 %".55", i64 %".53", i64 %".54"
  %".57" = mul i64 %".56", %"lda"
  %".58" = getelementptr inbounds float, ptr %"a", i64 %".57"
  %".59" = getelementptr inbounds float, ptr %"at", i64 %"m"
  %".60" = icmp slt i64 0, %".8"
  br i1 %".60", label %"k.body", label %"k.done"
m.done:
  ret void
k.body:
  %"k" = phi  i64 [0, %"m.body"], [%"k.next", %"k.body"]
  %".62" = getelementptr inbounds float, ptr %".16", i64 %"k"
  %".63" = load <8 x float>, ptr %".62", align 4
  %".64" = getelementptr inbounds float, ptr %".22", i64 %"k"
  %".65" = load <8 x float>, ptr %".64", align 4
  %".66" = getelementptr inbounds float, ptr %".28", i64 %"k"
  %".67" = load <8 x float>, ptr %".66", align 4
  %".68" = getelementptr inbounds float, ptr %".34", i64 %"k"
  %".69" = load <8 x float>, ptr %".68", align 4
  %".70" = getelementptr inbounds float, ptr %".40", i64 %"k"
  %".71" = load <8 x float>, ptr %".70", align 4
  %".72" = getelementptr inbounds float, ptr %".46", i64 %"k"
  %".73" = load <8 x float>, ptr %".72", align 4
  %".74" = getelementptr inbounds float, ptr %".52", i64 %"k"
  %".75" = load <8 x float>, ptr %".74", align 4
  %".76" = getelementptr inbounds float, ptr %".58", i64 %"k"
  %".77" = load <8 x float>, ptr %".76", align 4
  %".78" = shufflevector <8 x float> %".63", <8 x float> %".65", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".79" = shufflevector <8 x float> %".63", <8 x float> %".65", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".80" = shufflevector <8 x float> %".67", <8 x float> %".69", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".81" = shufflevector <8 x float> %".67", <8 x float> %".69", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".82" = shufflevector <8 x float> %".71", <8 x float> %".73", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".83" = shufflevector <8 x float> %".71", <8 x float> %".73", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".84" = shufflevector <8 x float> %".75", <8 x float> %".77", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".85" = shufflevector <8 x float> %".75", <8 x float> %".77", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".86" = shufflevector <8 x float> %".78", <8 x float> %".80", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".87" = shufflevector <8 x float> %".78", <8 x float> %".80", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".88" = shufflevector <8 x float> %".79", <8 x float> %".81", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".89" = shufflevector <8 x float> %".79", <8 x float> %".81", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".90" = shufflevector <8 x float> %".82", <8 x float> %".84", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".91" = shufflevector <8 x float> %".82", <8 x float> %".84", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".92" = shufflevector <8 x float> %".83", <8 x float> %".85", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".93" = shufflevector <8 x float> %".83", <8 x float> %".85", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".94" = shufflevector <8 x float> %".86", <8 x float> %".90", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".95" = shufflevector <8 x float> %".86", <8 x float> %".90", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".96" = shufflevector <8 x float> %".88", <8 x float> %".92", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".97" = shufflevector <8 x float> %".88", <8 x float> %".92", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".98" = shufflevector <8 x float> %".87", <8 x float> %".91", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".99" = shufflevector <8 x float> %".87", <8 x float> %".91", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".100" = shufflevector <8 x float> %".89", <8 x float> %".93", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".101" = shufflevector <8 x float> %".89", <8 x float> %".93", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".102" = add i64 %"k", 0
  %".103" = mul i64 %".102", %"ldat"
  %".104" = getelementptr inbounds float, ptr %".59", i64 %".103"
  store <8 x float> %".94", ptr %".104", align 32
  %".106" = add i64 %"k", 1
  %".107" = mul i64 %".106", %"ldat"
  %".108" = getelementptr inbounds float, ptr %".59", i64 %".107"
  store <8 x float> %".96", ptr %".108", align 32
  %".110" = add i64 %"k", 2
  %".111" = mul i64 %".110", %"ldat"
  %".112" = getelementptr inbounds float, ptr %".59", i64 %".111"
  store <8 x float> %".98", ptr %".112", align 32
  %".114" = add i64 %"k", 3
  %".115" = mul i64 %".114", %"ldat"
  %".116" = getelementptr inbounds float, ptr %".59", i64 %".115"
  store <8 x float> %".100", ptr %".116", align 32
  %".118" = add i64 %"k", 4
  %".119" = mul i64 %".118", %"ldat"
  %".120" = getelementptr inbounds float, ptr %".59", i64 %".119"
  store <8 x float> %".95", ptr %".120", align 32
  %".122" = add i64 %"k", 5
  %".123" = mul i64 %".122", %"ldat"
  %".124" = getelementptr inbounds float, ptr %".59", i64 %".123"
  store <8 x float> %".97", ptr %".124", align 32
  %".126" = add i64 %"k", 6
  %".127" = mul i64 %".126", %"ldat"
  %".128" = getelementptr inbounds float, ptr %".59", i64 %".127"
  store <8 x float> %".99", ptr %".128", align 32
  %".130" = add i64 %"k", 7
  %".131" = mul i64 %".130", %"ldat"
  %".132" = getelementptr inbounds float, ptr %".59", i64 %".131"
  store <8 x float> %".101", ptr %".132", align 32
  %"k.next" = add nsw i64 %"k", 8
  %".134" = icmp slt i64 %"k.next", %".8"
  br i1 %".134", label %"k.body", label %"k.done"
k.done:
  %".136" = icmp slt i64 %".8", %"kc"
  br i1 %".136", label %"k.done.if", label %"k.done.endif"
k.done.if:
  %".138" = sub i64 %"kc", %".8"
  %".139" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".138", i32 0
  %".140" = shufflevector <8 x i64> %".139", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".141" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".140"
  %".142" = getelementptr inbounds float, ptr %".16", i64 %".8"
  %".143" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".142", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".144" = getelementptr inbounds float, ptr %".22", i64 %".8"
  %".145" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".144", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".146" = getelementptr inbounds float, ptr %".28", i64 %".8"
  %".147" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".146", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".148" = getelementptr inbounds float, ptr %".34", i64 %".8"
  %".149" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".148", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".150" = getelementptr inbounds float, ptr %".40", i64 %".8"
  %".151" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".150", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".152" = getelementptr inbounds float, ptr %".46", i64 %".8"
  %".153" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".152", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".154" = getelementptr inbounds float, ptr %".52", i64 %".8"
  %".155" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".154", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".156" = getelementptr inbounds float, ptr %".58", i64 %".8"
  %".157" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".156", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".158" = shufflevector <8 x float> %".143", <8 x float> %".145", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".159" = shufflevector <8 x float> %".143", <8 x float> %".145", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".160" = shufflevector <8 x float> %".147", <8 x float> %".149", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".161" = shufflevector <8 x float> %".147", <8 x float> %".149", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".162" = shufflevector <8 x float> %".151", <8 x float> %".153", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".163" = shufflevector <8 x float> %".151", <8 x float> %".153", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".164" = shufflevector <8 x float> %".155", <8 x float> %".157", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".165" = shufflevector <8 x float> %".155", <8 x float> %".157", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".166" = shufflevector <8 x float> %".158", <8 x float> %".160", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".167" = shufflevector <8 x float> %".158", <8 x float> %".160", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".168" = shufflevector <8 x float> %".159", <8 x float> %".161", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".169" = shufflevector <8 x float> %".159", <8 x float> %".161", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".170" = shufflevector <8 x float> %".162", <8 x float> %".164", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".171" = shufflevector <8 x float> %".162", <8 x float> %".164", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".172" = shufflevector <8 x float> %".163", <8 x float> %".165", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".173" = shufflevector <8 x float> %".163", <8 x float> %".165", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".174" = shufflevector <8 x float> %".166", <8 x float> %".170", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".175" = shufflevector <8 x float> %".166", <8 x float> %".170", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".176" = shufflevector <8 x float> %".168", <8 x float> %".172", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".177" = shufflevector <8 x float> %".168", <8 x float> %".172", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".178" = shufflevector <8 x float> %".167", <8 x float> %".171", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".179" = shufflevector <8 x float> %".167", <8 x float> %".171", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".180" = shufflevector <8 x float> %".169", <8 x float> %".173", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".181" = shufflevector <8 x float> %".169", <8 x float> %".173", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".182" = add i64 %".8", 0
  %".183" = mul i64 %".182", %"ldat"
  %".184" = getelementptr inbounds float, ptr %".59", i64 %".183"
  %".185" = icmp slt i64 0, %".138"
  br i1 %".185", label %"k.done.if.if", label %"k.done.if.endif"
k.done.endif:
  %"m.next" = add nsw i64 %"m", 8
  %".239" = icmp slt i64 %"m.next", %"ldat"
  br i1 %".239", label %"m.body", label %"m.done"
k.done.if.if:
  store <8 x float> %".174", ptr %".184", align 32
  br label %"k.done.if.endif"
k.done.if.endif:
  %".189" = add i64 %".8", 1
  %".190" = mul i64 %".189", %"ldat"
  %".191" = getelementptr inbounds float, ptr %".59", i64 %".190"
  %".192" = icmp slt i64 1, %".138"
  br i1 %".192", label %"k.done.if.endif.if", label %"k.done.if.endif.endif"
k.done.if.endif.if:
  store <8 x float> %".176", ptr %".191", align 32
  br label %"k.done.if.endif.endif"
k.done.if.endif.endif:
  %".196" = add i64 %".8", 2
  %".197" = mul i64 %".196", %"ldat"
  %".198" = getelementptr inbounds float, ptr %".59", i64 %".197"
  %".199" = icmp slt i64 2, %".138"
  br i1 %".199", label %"k.done.if.endif.endif.if", label %"k.done.if.endif.endif.endif"
k.done.if.endif.endif.if:
  store <8 x float> %".178", ptr %".198", align 32
  br label %"k.done.if.endif.endif.endif"
k.done.if.endif.endif.endif:
  %".203" = add i64 %".8", 3
  %".204" = mul i64 %".203", %"ldat"
  %".205" = getelementptr inbounds float, ptr %".59", i64 %".204"
  %".206" = icmp slt i64 3, %".138"
  br i1 %".206", label %"k.done.if.endif.endif.endif.if", label %"k.done.if.endif.endif.endif.endif"
k.done.if.endif.endif.endif.if:
  store <8 x float> %".180", ptr %".205", align 32
  br label %"k.done.if.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif:
  %".210" = add i64 %".8", 4
  %".211" = mul i64 %".210", %"ldat"
  %".212" = getelementptr inbounds float, ptr %".59", i64 %".211"
  %".213" = icmp slt i64 4, %".138"
  br i1 %".213", label %"k.done.if.endif.endif.endif.endif.if", label %"k.done.if.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.if:
  store <8 x float> %".175", ptr %".212", align 32
  br label %"k.done.if.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif:
  %".217" = add i64 %".8", 5
  %".218" = mul i64 %".217", %"ldat"
  %".219" = getelementptr inbounds float, ptr %".59", i64 %".218"
  %".220" = icmp slt i64 5, %".138"
  br i1 %".220", label %"k.done.if.endif.endif.endif.endif.endif.if", label %"k.done.if.endif.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif.if:
  store <8 x float> %".177", ptr %".219", align 32
  br label %"k.done.if.endif.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif.endif:
  %".224" = add i64 %".8", 6
  %".225" = mul i64 %".224", %"ldat"
  %".226" = getelementptr inbounds float, ptr %".59", i64 %".225"
  %".227" = icmp slt i64 6, %".138"
  br i1 %".227", label %"k.done.if.endif.endif.endif.endif.endif.endif.if", label %"k.done.if.endif.endif.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif.endif.if:
  store <8 x float> %".179", ptr %".226", align 32
  br label %"k.done.if.endif.endif.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif.endif.endif:
  %".231" = add i64 %".8", 7
  %".232" = mul i64 %".231", %"ldat"
  %".233" = getelementptr inbounds float, ptr %".59", i64 %".232"
  %".234" = icmp slt i64 7, %".138"
  br i1 %".234", label %"k.done.if.endif.endif.end...if", label %"k.done.if.endif.endif.end...endif"
k.done.if.endif.endif.end...if:
  store <8 x float> %".181", ptr %".233", align 32
  br label %"k.done.if.endif.endif.end...endif"
k.done.if.endif.endif.end...endif:
  br label %"k.done.endif"
}

define internal void @"gv_dot_f32.tile1"(ptr %"at", ptr %"w", ptr %"c", i64 %"kc", i64 %"ldat", i64 %"ldw", i64 %"ldc", i64 %"rows", i64 %"cols", i1 %"first")
{
entry:
  %"acc0_0" = alloca <8 x float>
  %"acc1_0" = alloca <8 x float>
  %"acc2_0" = alloca <8 x float>
  %"acc3_0" = alloca <8 x float>
  %"acc4_0" = alloca <8 x float>
  %"acc5_0" = alloca <8 x float>
  %"acc6_0" = alloca <8 x float>
  %"acc7_0" = alloca <8 x float>
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc0_0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc1_0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc2_0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc3_0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc4_0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc5_0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc6_0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc7_0"
  %".20" = sub i64 %"cols", 1
  %".21" = icmp slt i64 0, %".20"
  %".22" = select  i1 %".21", i64 0, i64 %".20"
  %".23" = mul i64 %".22", %"ldw"
  %".24" = getelementptr inbounds float, ptr %"w", i64 %".23"
  %".25" = sub i64 %"cols", 1
  %".26" = icmp slt i64 1, %".25"
  %".27" = select  i1 %".26", i64 1, i64 %".25"
  %".28" = mul i64 %".27", %"ldw"
  %".29" = getelementptr inbounds float, ptr %"w", i64 %".28"
  %".30" = sub i64 %"cols", 1
  %".31" = icmp slt i64 2, %".30"
  %".32" = select  i1 %".31", i64 2, i64 %".30"
  %".33" = mul i64 %".32", %"ldw"
  %".34" = getelementptr inbounds float, ptr %"w", i64 %".33"
  %".35" = sub i64 %"cols", 1
  %".36" = icmp slt i64 3, %".35"
  %".37" = select  i1 %".36", i64 3, i64 %".35"
  %".38" = mul i64 %".37", %"ldw"
  %".39" = getelementptr inbounds float, ptr %"w", i64 %".38"
  %".40" = sub i64 %"cols", 1
  %".41" = icmp slt i64 4, %".40"
  %".42" = select  i1 %".41", i64 4, i64 %".40"
  %".43" = mul i64 %".42", %"ldw"
  %".44" = getelementptr inbounds float, ptr %"w", i64 %".43"
  %".45" = sub i64 %"cols", 1
  %".46" = icmp slt i64 5, %".45"
  %".47" = select  i1 %".46", i64 5, i64 %".45"
  %".48" = mul i64 %".47", %"ldw"
  %".49" = getelementptr inbounds float, ptr %"w", i64 %".48"
  %".50" = sub i64 %"cols", 1
  %".51" = icmp slt i64 6, %".50"
  %".52" = select  i1 %".51", i64 6, i64 %".50"
  %".53" = mul i64 %".52", %"ldw"
  %".54" = getelementptr inbounds float, ptr %"w", i64 %".53"
  %".55" = sub i64 %"cols", 1
  %".56" = icmp slt i64 7, %".55"
  %".57" = select  i1 %".56", i64 7, i64 %".55"
  %".58" = mul i64 %".57", %"ldw"
  %".59" = getelementptr inbounds float, ptr %"w", i64 %".58"
  %".60" = icmp slt i64 0, %"kc"
  br i1 %".60", label %"k.body", label %"k.done"
k.body:
  %"k" = phi  i64 [0, %"entry"], [%"k.next", %"k.body"]
  %".62" = mul i64 %"k", %"ldat"
  %".63" = getelementptr inbounds float, ptr %"at", i64 %".62"
  %".64" = getelementptr inbounds float, ptr %".63", i64 0
  %".65" = load <8 x float>, ptr %".64", align 32
  %".66" = getelementptr inbounds float, ptr %".24", i64 %"k"
  %".67" = load float, ptr %".66"
  %".68" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".67", i32 0
  %".69" = shufflevector <8 x float> %".68", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".70" = load <8 x float>, <8 x float>* %"acc0_0"
  %".71" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".69", <8 x float> %".65", <8 x float> %".70")
  store <8 x float> %".71", <8 x float>* %"acc0_0"
  %".73" = getelementptr inbounds float, ptr %".29", i64 %"k"
  %".74" = load float, ptr %".73"
  %".75" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".74", i32 0
  %".76" = shufflevector <8 x float> %".75", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = load <8 x float>, <8 x float>* %"acc1_0"
  %".78" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".65", <8 x float> %".77")
  store <8 x float> %".78", <8 x float>* %"acc1_0"
  %".80" = getelementptr inbounds float, ptr %".34", i64 %"k"
  %".81" = load float, ptr %".80"
  %".82" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".81", i32 0
  %".83" = shufflevector <8 x float> %".82", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".84" = load <8 x float>, <8 x float>* %"acc2_0"
  %".85" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".65", <8 x float> %".84")
  store <8 x float> %".85", <8 x float>* %"acc2_0"
  %".87" = getelementptr inbounds float, ptr %".39", i64 %"k"
  %".88" = load float, ptr %".87"
  %".89" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".88", i32 0
  %".90" = shufflevector <8 x float> %".89", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".91" = load <8 x float>, <8 x float>* %"acc3_0"
  %".92" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".90", <8 x float> %".65", <8 x float> %".91")
  store <8 x float> %".92", <8 x float>* %"acc3_0"
  %".94" = getelementptr inbounds float, ptr %".44", i64 %"k"
  %".95" = load float, ptr %".94"
  %".96" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".95", i32 0
  %".97" = shufflevector <8 x float> %".96", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".98" = load <8 x float>, <8 x float>* %"acc4_0"
  %".99" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".65", <8 x float> %".98")
  store <8 x float> %".99", <8 x float>* %"acc4_0"
  %".101" = getelementptr inbounds float, ptr %".49", i64 %"k"
  %".102" = load float, ptr %".101"
  %".103" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".102", i32 0
  %".104" = shufflevector <8 x float> %".103", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".105" = load <8 x float>, <8 x float>* %"acc5_0"
  %".106" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".104", <8 x float> %".65", <8 x float> %".105")
  store <8 x float> %".106", <8 x float>* %"acc5_0"
  %".108" = getelementptr inbounds float, ptr %".54", i64 %"k"
  %".109" = load float, ptr %".108"
  %".110" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".109", i32 0
  %".111" = shufflevector <8 x float> %".110", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".112" = load <8 x float>, <8 x float>* %"acc6_0"
  %".113" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".111", <8 x float> %".65", <8 x float> %".112")
  store <8 x float> %".113", <8 x float>* %"acc6_0"
  %".115" = getelementptr inbounds float, ptr %".59", i64 %"k"
  %".116" = load float, ptr %".115"
  %".117" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".116", i32 0
  %".118" = shufflevector <8 x float> %".117", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".119" = load <8 x float>, <8 x float>* %"acc7_0"
  %".120" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".118", <8 x float> %".65", <8 x float> %".119")
  store <8 x float> %".120", <8 x float>* %"acc7_0"
  %"k.next" = add nsw i64 %"k", 1
  %".122" = icmp slt i64 %"k.next", %"kc"
  br i1 %".122", label %"k.body", label %"k.done"
k.done:
  %".124" = icmp sge i64 %"cols", 8
  %".125" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".126" = shufflevector <8 x i64> %".125", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".127" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".126"
  %".128" = load <8 x float>, <8 x float>* %"acc0_0"
  %".129" = load <8 x float>, <8 x float>* %"acc1_0"
  %".130" = load <8 x float>, <8 x float>* %"acc2_0"
  %".131" = load <8 x float>, <8 x float>* %"acc3_0"
  %".132" = load <8 x float>, <8 x float>* %"acc4_0"
  %".133" = load <8 x float>, <8 x float>* %"acc5_0"
  %".134" = load <8 x float>, <8 x float>* %"acc6_0"
  %".135" = load <8 x float>, <8 x float>* %"acc7_0"
  %".136" = shufflevector <8 x float> %".128", <8 x float> %".129", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".137" = shufflevector <8 x float> %".128", <8 x float> %".129", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".138" = shufflevector <8 x float> %".130", <8 x float> %".131", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".139" = shufflevector <8 x float> %".130", <8 x float> %".131", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".140" = shufflevector <8 x float> %".132", <8 x float> %".133", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".141" = shufflevector <8 x float> %".132", <8 x float> %".133", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".142" = shufflevector <8 x float> %".134", <8 x float> %".135", <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %".143" = shufflevector <8 x float> %".134", <8 x float> %".135", <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %".144" = shufflevector <8 x float> %".136", <8 x float> %".138", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".145" = shufflevector <8 x float> %".136", <8 x float> %".138", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".146" = shufflevector <8 x float> %".137", <8 x float> %".139", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".147" = shufflevector <8 x float> %".137", <8 x float> %".139", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".148" = shufflevector <8 x float> %".140", <8 x float> %".142", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".149" = shufflevector <8 x float> %".140", <8 x float> %".142", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".150" = shufflevector <8 x float> %".141", <8 x float> %".143", <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %".151" = shufflevector <8 x float> %".141", <8 x float> %".143", <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %".152" = shufflevector <8 x float> %".144", <8 x float> %".148", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".153" = shufflevector <8 x float> %".144", <8 x float> %".148", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".154" = shufflevector <8 x float> %".146", <8 x float> %".150", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".155" = shufflevector <8 x float> %".146", <8 x float> %".150", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".156" = shufflevector <8 x float> %".145", <8 x float> %".149", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".157" = shufflevector <8 x float> %".145", <8 x float> %".149", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".158" = shufflevector <8 x float> %".147", <8 x float> %".151", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".159" = shufflevector <8 x float> %".147", <8 x float> %".151", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".160" = icmp slt i64 0, %"rows"
  br i1 %".160", label %"k.done.if", label %"k.done.endif"
k.done.if:
  %".162" = mul i64 0, %"ldc"
  %".163" = getelementptr inbounds float, ptr %"c", i64 %".162"
  br i1 %".124", label %"k.done.if.if", label %"k.done.if.else"
k.done.endif:
  %".176" = icmp slt i64 1, %"rows"
  br i1 %".176", label %"k.done.endif.if", label %"k.done.endif.endif"
k.done.if.if:
  %".165" = load <8 x float>, ptr %".163", align 4
  %".166" = fadd <8 x float> %".165", %".152"
  %".167" = select  i1 %"first", <8 x float> %".152", <8 x float> %".166"
  store <8 x float> %".167", ptr %".163", align 4
  br label %"k.done.if.endif"
k.done.if.else:
  %".170" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".163", i32 4, <8 x i1> %".127", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".171" = fadd <8 x float> %".170", %".152"
  %".172" = select  i1 %"first", <8 x float> %".152", <8 x float> %".171"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".172", ptr %".163", i32 4, <8 x i1> %".127")
  br label %"k.done.if.endif"
k.done.if.endif:
  br label %"k.done.endif"
k.done.endif.if:
  %".178" = mul i64 1, %"ldc"
  %".179" = getelementptr inbounds float, ptr %"c", i64 %".178"
  br i1 %".124", label %"k.done.endif.if.if", label %"k.done.endif.if.else"
k.done.endif.endif:
  %".192" = icmp slt i64 2, %"rows"
  br i1 %".192", label %"k.done.endif.endif.if", label %"k.done.endif.endif.endif"
k.done.endif.if.if:
  %".181" = load <8 x float>, ptr %".179", align 4
  %".182" = fadd <8 x float> %".181", %".154"
  %".183" = select  i1 %"first", <8 x float> %".154", <8 x float> %".182"
  store <8 x float> %".183", ptr %".179", align 4
  br label %"k.done.endif.if.endif"
k.done.endif.if.else:
  %".186" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".179", i32 4, <8 x i1> %".127", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".187" = fadd <8 x float> %".186", %".154"
  %".188" = select  i1 %"first", <8 x float> %".154", <8 x float> %".187"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".188", ptr %".179", i32 4, <8 x i1> %".127")
  br label %"k.done.endif.if.endif"
k.done.endif.if.endif:
  br label %"k.done.endif.endif"
k.done.endif.endif.if:
  %".194" = mul i64 2, %"ldc"
  %".195" = getelementptr inbounds float, ptr %"c", i64 %".194"
  br i1 %".124", label %"k.done.endif.endif.if.if", label %"k.done.endif.endif.if.else"
k.done.endif.endif.endif:
  %".208" = icmp slt i64 3, %"rows"
  br i1 %".208", label %"k.done.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif"
k.done.endif.endif.if.if:
  %".197" = load <8 x float>, ptr %".195", align 4
  %".198" = fadd <8 x float> %".197", %".156"
  %".199" = select  i1 %"first", <8 x float> %".156", <8 x float> %".198"
  store <8 x float> %".199", ptr %".195", align 4
  br label %"k.done.endif.endif.if.endif"
k.done.endif.endif.if.else:
  %".202" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".195", i32 4, <8 x i1> %".127", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".203" = fadd <8 x float> %".202", %".156"
  %".204" = select  i1 %"first", <8 x float> %".156", <8 x float> %".203"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".204", ptr %".195", i32 4, <8 x i1> %".127")
  br label %"k.done.endif.endif.if.endif"
k.done.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif"
k.done.endif.endif.endif.if:
  %".210" = mul i64 3, %"ldc"
  %".211" = getelementptr inbounds float, ptr %"c", i64 %".210"
  br i1 %".124", label %"k.done.endif.endif.endif.if.if", label %"k.done.endif.endif.endif.if.else"
k.done.endif.endif.endif.endif:
  %".224" = icmp slt i64 4, %"rows"
  br i1 %".224", label %"k.done.endif.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.if.if:
  %".213" = load <8 x float>, ptr %".211", align 4
  %".214" = fadd <8 x float> %".213", %".158"
  %".215" = select  i1 %"first", <8 x float> %".158", <8 x float> %".214"
  store <8 x float> %".215", ptr %".211", align 4
  br label %"k.done.endif.endif.endif.if.endif"
k.done.endif.endif.endif.if.else:
  %".218" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".211", i32 4, <8 x i1> %".127", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".219" = fadd <8 x float> %".218", %".158"
  %".220" = select  i1 %"first", <8 x float> %".158", <8 x float> %".219"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".220", ptr %".211", i32 4, <8 x i1> %".127")
  br label %"k.done.endif.endif.endif.if.endif"
k.done.endif.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.if:
  %".226" = mul i64 4, %"ldc"
  %".227" = getelementptr inbounds float, ptr %"c", i64 %".226"
  br i1 %".124", label %"k.done.endif.endif.endif.endif.if.if", label %"k.done.endif.endif.endif.endif.if.else"
k.done.endif.endif.endif.endif.endif:
  %".240" = icmp slt i64 5, %"rows"
  br i1 %".240", label %"k.done.endif.endif.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.if.if:
  %".229" = load <8 x float>, ptr %".227", align 4
  %".230" = fadd <8 x float> %".229", %".153"
  %".231" = select  i1 %"first", <8 x float> %".153", <8 x float> %".230"
  store <8 x float> %".231", ptr %".227", align 4
  br label %"k.done.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.if.else:
  %".234" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".227", i32 4, <8 x i1> %".127", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".235" = fadd <8 x float> %".234", %".153"
  %".236" = select  i1 %"first", <8 x float> %".153", <8 x float> %".235"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".236", ptr %".227", i32 4, <8 x i1> %".127")
  br label %"k.done.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.if:
  %".242" = mul i64 5, %"ldc"
  %".243" = getelementptr inbounds float, ptr %"c", i64 %".242"
  br i1 %".124", label %"k.done.endif.endif.endif.endif.endif.if.if", label %"k.done.endif.endif.endif.endif.endif.if.else"
k.done.endif.endif.endif.endif.endif.endif:
  %".256" = icmp slt i64 6, %"rows"
  br i1 %".256", label %"k.done.endif.endif.endif.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.if.if:
  %".245" = load <8 x float>, ptr %".243", align 4
  %".246" = fadd <8 x float> %".245", %".155"
  %".247" = select  i1 %"first", <8 x float> %".155", <8 x float> %".246"
  store <8 x float> %".247", ptr %".243", align 4
  br label %"k.done.endif.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.endif.if.else:
  %".250" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".243", i32 4, <8 x i1> %".127", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".251" = fadd <8 x float> %".250", %".155"
  %".252" = select  i1 %"first", <8 x float> %".155", <8 x float> %".251"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".252", ptr %".243", i32 4, <8 x i1> %".127")
  br label %"k.done.endif.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.endif.if:
  %".258" = mul i64 6, %"ldc"
  %".259" = getelementptr inbounds float, ptr %"c", i64 %".258"
  br i1 %".124", label %"k.done.endif.endif.endif.endif.endif.endif.if.if", label %"k.done.endif.endif.endif.endif.endif.endif.if.else"
k.done.endif.endif.endif.endif.endif.endif.endif:
  %".272" = icmp slt i64 7, %"rows"
  br i1 %".272", label %"k.done.endif.endif.endif.endif.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.endif.if.if:
  %".261" = load <8 x float>, ptr %".259", align 4
  %".262" = fadd <8 x float> %".261", %".157"
  %".263" = select  i1 %"first", <8 x float> %".157", <8 x float> %".262"
  store <8 x float> %".263", ptr %".259", align 4
  br label %"k.done.endif.endif.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.endif.endif.if.else:
  %".266" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".259", i32 4, <8 x i1> %".127", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".267" = fadd <8 x float> %".266", %".157"
  %".268" = select  i1 %"first", <8 x float> %".157", <8 x float> %".267"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".268", ptr %".259", i32 4, <8 x i1> %".127")
  br label %"k.done.endif.endif.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.endif.endif.if:
  %".274" = mul i64 7, %"ldc"
  %".275" = getelementptr inbounds float, ptr %"c", i64 %".274"
  br i1 %".124", label %"k.done.endif.endif.endif....if", label %"k.done.endif.endif.endif....else"
k.done.endif.endif.endif.endif.endif.endif.endif.endif:
  ret void
k.done.endif.endif.endif....if:
  %".277" = load <8 x float>, ptr %".275", align 4
  %".278" = fadd <8 x float> %".277", %".159"
  %".279" = select  i1 %"first", <8 x float> %".159", <8 x float> %".278"
  store <8 x float> %".279", ptr %".275", align 4
  br label %"k.done.endif.endif.endif....endif"
k.done.endif.endif.endif....else:
  %".282" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".275", i32 4, <8 x i1> %".127", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".283" = fadd <8 x float> %".282", %".159"
  %".284" = select  i1 %"first", <8 x float> %".159", <8 x float> %".283"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".284", ptr %".275", i32 4, <8 x i1> %".127")
  br label %"k.done.endif.endif.endif....endif"
k.done.endif.endif.endif....endif:
  br label %"k.done.endif.endif.endif.endif.endif.endif.endif.endif"
}

define internal void @"gv_rows_f32.tile1"(ptr %"a", ptr %"p", ptr %"c", i64 %"kc", i64 %"lda", i64 %"ldc", i64 %"cols", i1 %"first")
{
entry:
  %"acc0" = alloca <8 x float>
  %"acc1" = alloca <8 x float>
  %"acc2" = alloca <8 x float>
  %"acc3" = alloca <8 x float>
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc1"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc2"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc3"
  %".14" = mul i64 0, %"lda"
  %".15" = getelementptr inbounds float, ptr %"a", i64 %".14"
  %".16" = icmp slt i64 0, %"kc"
  br i1 %".16", label %"k.body", label %"k.done"
k.body:
  %"k" = phi  i64 [0, %"entry"], [%"k.next", %"k.body"]
  %".18" = mul i64 %"k", 32
  %".19" = getelementptr inbounds float, ptr %"p", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %".19", i64 0
  %".21" = load <8 x float>, ptr %".20", align 32
  %".22" = getelementptr inbounds float, ptr %".19", i64 8
  %".23" = load <8 x float>, ptr %".22", align 32
  %".24" = getelementptr inbounds float, ptr %".19", i64 16
  %".25" = load <8 x float>, ptr %".24", align 32
  %".26" = getelementptr inbounds float, ptr %".19", i64 24
  %".27" = load <8 x float>, ptr %".26", align 32
  %".28" = getelementptr inbounds float, ptr %".15", i64 %"k"
  %".29" = load float, ptr %".28"
  %".30" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".29", i32 0
  %".31" = shufflevector <8 x float> %".30", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".32" = load <8 x float>, <8 x float>* %"acc0"
  %".33" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".31", <8 x float> %".21", <8 x float> %".32")
  store <8 x float> %".33", <8 x float>* %"acc0"
  %".35" = load <8 x float>, <8 x float>* %"acc1"
  %".36" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".31", <8 x float> %".23", <8 x float> %".35")
  store <8 x float> %".36", <8 x float>* %"acc1"
  %".38" = load <8 x float>, <8 x float>* %"acc2"
  %".39" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".31", <8 x float> %".25", <8 x float> %".38")
  store <8 x float> %".39", <8 x float>* %"acc2"
  %".41" = load <8 x float>, <8 x float>* %"acc3"
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".31", <8 x float> %".27", <8 x float> %".41")
  store <8 x float> %".42", <8 x float>* %"acc3"
  %"k.next" = add nsw i64 %"k", 1
  %".44" = icmp slt i64 %"k.next", %"kc"
  br i1 %".44", label %"k.body", label %"k.done"
k.done:
  %".46" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".47" = shufflevector <8 x i64> %".46", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = icmp sge i64 %"cols", 32
  br i1 %".48", label %"k.done.if", label %"k.done.else"
k.done.if:
  %".50" = mul i64 0, %"ldc"
  %".51" = add i64 %".50", 0
  %".52" = getelementptr inbounds float, ptr %"c", i64 %".51"
  %".53" = load <8 x float>, <8 x float>* %"acc0"
  %".54" = load <8 x float>, ptr %".52", align 4
  %".55" = fadd <8 x float> %".54", %".53"
  %".56" = select  i1 %"first", <8 x float> %".53", <8 x float> %".55"
  store <8 x float> %".56", ptr %".52", align 4
  %".58" = mul i64 0, %"ldc"
  %".59" = add i64 %".58", 8
  %".60" = getelementptr inbounds float, ptr %"c", i64 %".59"
  %".61" = load <8 x float>, <8 x float>* %"acc1"
  %".62" = load <8 x float>, ptr %".60", align 4
  %".63" = fadd <8 x float> %".62", %".61"
  %".64" = select  i1 %"first", <8 x float> %".61", <8 x float> %".63"
  store <8 x float> %".64", ptr %".60", align 4
  %".66" = mul i64 0, %"ldc"
  %".67" = add i64 %".66", 16
  %".68" = getelementptr inbounds float, ptr %"c", i64 %".67"
  %".69" = load <8 x float>, <8 x float>* %"acc2"
  %".70" = load <8 x float>, ptr %".68", align 4
  %".71" = fadd <8 x float> %".70", %".69"
  %".72" = select  i1 %"first", <8 x float> %".69", <8 x float> %".71"
  store <8 x float> %".72", ptr %".68", align 4
  %".74" = mul i64 0, %"ldc"
  %".75" = add i64 %".74", 24
  %".76" = getelementptr inbounds float, ptr %"c", i64 %".75"
  %".77" = load <8 x float>, <8 x float>* %"acc3"
  %".78" = load <8 x float>, ptr %".76", align 4
  %".79" = fadd <8 x float> %".78", %".77"
  %".80" = select  i1 %"first", <8 x float> %".77", <8 x float> %".79"
  store <8 x float> %".80", ptr %".76", align 4
  br label %"k.done.endif"
k.done.else:
  %".83" = mul i64 0, %"ldc"
  %".84" = add i64 %".83", 0
  %".85" = getelementptr inbounds float, ptr %"c", i64 %".84"
  %".86" = load <8 x float>, <8 x float>* %"acc0"
  %".87" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".47"
  %".88" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".85", i32 4, <8 x i1> %".87", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".89" = fadd <8 x float> %".88", %".86"
  %".90" = select  i1 %"first", <8 x float> %".86", <8 x float> %".89"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".90", ptr %".85", i32 4, <8 x i1> %".87")
  %".92" = mul i64 0, %"ldc"
  %".93" = add i64 %".92", 8
  %".94" = getelementptr inbounds float, ptr %"c", i64 %".93"
  %".95" = load <8 x float>, <8 x float>* %"acc1"
  %".96" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".47"
  %".97" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".94", i32 4, <8 x i1> %".96", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".98" = fadd <8 x float> %".97", %".95"
  %".99" = select  i1 %"first", <8 x float> %".95", <8 x float> %".98"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".99", ptr %".94", i32 4, <8 x i1> %".96")
  %".101" = mul i64 0, %"ldc"
  %".102" = add i64 %".101", 16
  %".103" = getelementptr inbounds float, ptr %"c", i64 %".102"
  %".104" = load <8 x float>, <8 x float>* %"acc2"
  %".105" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".47"
  %".106" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".103", i32 4, <8 x i1> %".105", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".107" = fadd <8 x float> %".106", %".104"
  %".108" = select  i1 %"first", <8 x float> %".104", <8 x float> %".107"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".108", ptr %".103", i32 4, <8 x i1> %".105")
  %".110" = mul i64 0, %"ldc"
  %".111" = add i64 %".110", 24
  %".112" = getelementptr inbounds float, ptr %"c", i64 %".111"
  %".113" = load <8 x float>, <8 x float>* %"acc3"
  %".114" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".47"
  %".115" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".112", i32 4, <8 x i1> %".114", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".116" = fadd <8 x float> %".115", %".113"
  %".117" = select  i1 %"first", <8 x float> %".113", <8 x float> %".116"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".117", ptr %".112", i32 4, <8 x i1> %".114")
  br label %"k.done.endif"
k.done.endif:
  ret void
}

define internal void @"gv_rows_f32.tile2"(ptr %"a", ptr %"p", ptr %"c", i64 %"kc", i64 %"lda", i64 %"ldc", i64 %"cols", i1 %"first")
{
entry:
  %"acc0" = alloca <8 x float>
  %"acc1" = alloca <8 x float>
  %"acc2" = alloca <8 x float>
  %"acc3" = alloca <8 x float>
  %"acc4" = alloca <8 x float>
  %"acc5" = alloca <8 x float>
  %"acc6" = alloca <8 x float>
  %"acc7" = alloca <8 x float>
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc1"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc2"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc3"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc4"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc5"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc6"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc7"
  %".18" = mul i64 0, %"lda"
  %".19" = getelementptr inbounds float, ptr %"a", i64 %".18"
  %".20" = mul i64 1, %"lda"
  %".21" = getelementptr inbounds float, ptr %"a", i64 %".20"
  %".22" = icmp slt i64 0, %"kc"
  br i1 %".22", label %"k.body", label %"k.done"
k.body:
  %"k" = phi  i64 [0, %"entry"], [%"k.next", %"k.body"]
  %".24" = mul i64 %"k", 32
  %".25" = getelementptr inbounds float, ptr %"p", i64 %".24"
  %".26" = getelementptr inbounds float, ptr %".25", i64 0
  %".27" = load <8 x float>, ptr %".26", align 32
  %".28" = getelementptr inbounds float, ptr %".25", i64 8
  %".29" = load <8 x float>, ptr %".28", align 32
  %".30" = getelementptr inbounds float, ptr %".25", i64 16
  %".31" = load <8 x float>, ptr %".30", align 32
  %".32" = getelementptr inbounds float, ptr %".25", i64 24
  %".33" = load <8 x float>, ptr %".32", align 32
  %".34" = getelementptr inbounds float, ptr %".19", i64 %"k"
  %".35" = load float, ptr %".34"
  %".36" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".35", i32 0
  %".37" = shufflevector <8 x float> %".36", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".38" = load <8 x float>, <8 x float>* %"acc0"
  %".39" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".37", <8 x float> %".27", <8 x float> %".38")
  store <8 x float> %".39", <8 x float>* %"acc0"
  %".41" = load <8 x float>, <8 x float>* %"acc1"
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".37", <8 x float> %".29", <8 x float> %".41")
  store <8 x float> %".42", <8 x float>* %"acc1"
  %".44" = load <8 x float>, <8 x float>* %"acc2"
  %".45" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".37", <8 x float> %".31", <8 x float> %".44")
  store <8 x float> %".45", <8 x float>* %"acc2"
  %".47" = load <8 x float>, <8 x float>* %"acc3"
  %".48" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".37", <8 x float> %".33", <8 x float> %".47")
  store <8 x float> %".48", <8 x float>* %"acc3"
  %".50" = getelementptr inbounds float, ptr %".21", i64 %"k"
  %".51" = load float, ptr %".50"
  %".52" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".51", i32 0
  %".53" = shufflevector <8 x float> %".52", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".54" = load <8 x float>, <8 x float>* %"acc4"
  %".55" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".53", <8 x float> %".27", <8 x float> %".54")
  store <8 x float> %".55", <8 x float>* %"acc4"
  %".57" = load <8 x float>, <8 x float>* %"acc5"
  %".58" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".53", <8 x float> %".29", <8 x float> %".57")
  store <8 x float> %".58", <8 x float>* %"acc5"
  %".60" = load <8 x float>, <8 x float>* %"acc6"
  %".61" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".53", <8 x float> %".31", <8 x float> %".60")
  store <8 x float> %".61", <8 x float>* %"acc6"
  %".63" = load <8 x float>, <8 x float>* %"acc7"
  %".64" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".53", <8 x float> %".33", <8 x float> %".63")
  store <8 x float> %".64", <8 x float>* %"acc7"
  %"k.next" = add nsw i64 %"k", 1
  %".66" = icmp slt i64 %"k.next", %"kc"
  br i1 %".66", label %"k.body", label %"k.done"
k.done:
  %".68" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".69" = shufflevector <8 x i64> %".68", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".70" = icmp sge i64 %"cols", 32
  br i1 %".70", label %"k.done.if", label %"k.done.else"
k.done.if:
  %".72" = mul i64 0, %"ldc"
  %".73" = add i64 %".72", 0
  %".74" = getelementptr inbounds float, ptr %"c", i64 %".73"
  %".75" = load <8 x float>, <8 x float>* %"acc0"
  %".76" = load <8 x float>, ptr %".74", align 4
  %".77" = fadd <8 x float> %".76", %".75"
  %".78" = select  i1 %"first", <8 x float> %".75", <8 x float> %".77"
  store <8 x float> %".78", ptr %".74", align 4
  %".80" = mul i64 0, %"ldc"
  %".81" = add i64 %".80", 8
  %".82" = getelementptr inbounds float, ptr %"c", i64 %".81"
  %".83" = load <8 x float>, <8 x float>* %"acc1"
  %".84" = load <8 x float>, ptr %".82", align 4
  %".85" = fadd <8 x float> %".84", %".83"
  %".86" = select  i1 %"first", <8 x float> %".83", <8 x float> %".85"
  store <8 x float> %".86", ptr %".82", align 4
  %".88" = mul i64 0, %"ldc"
  %".89" = add i64 %".88", 16
  %".90" = getelementptr inbounds float, ptr %"c", i64 %".89"
  %".91" = load <8 x float>, <8 x float>* %"acc2"
  %".92" = load <8 x float>, ptr %".90", align 4
  %".93" = fadd <8 x float> %".92", %".91"
  %".94" = select  i1 %"first", <8 x float> %".91", <8 x float> %".93"
  store <8 x float> %".94", ptr %".90", align 4
  %".96" = mul i64 0, %"ldc"
  %".97" = add i64 %".96", 24
  %".98" = getelementptr inbounds float, ptr %"c", i64 %".97"
  %".99" = load <8 x float>, <8 x float>* %"acc3"
  %".100" = load <8 x float>, ptr %".98", align 4
  %".101" = fadd <8 x float> %".100", %".99"
  %".102" = select  i1 %"first", <8 x float> %".99", <8 x float> %".101"
  store <8 x float> %".102", ptr %".98", align 4
  %".104" = mul i64 1, %"ldc"
  %".105" = add i64 %".104", 0
  %".106" = getelementptr inbounds float, ptr %"c", i64 %".105"
  %".107" = load <8 x float>, <8 x float>* %"acc4"
  %".108" = load <8 x float>, ptr %".106", align 4
  %".109" = fadd <8 x float> %".108", %".107"
  %".110" = select  i1 %"first", <8 x float> %".107", <8 x float> %".109"
  store <8 x float> %".110", ptr %".106", align 4
  %".112" = mul i64 1, %"ldc"
  %".113" = add i64 %".112", 8
  %".114" = getelementptr inbounds float, ptr %"c", i64 %".113"
  %".115" = load <8 x float>, <8 x float>* %"acc5"
  %".116" = load <8 x float>, ptr %".114", align 4
  %".117" = fadd <8 x float> %".116", %".115"
  %".118" = select  i1 %"first", <8 x float> %".115", <8 x float> %".117"
  store <8 x float> %".118", ptr %".114", align 4
  %".120" = mul i64 1, %"ldc"
  %".121" = add i64 %".120", 16
  %".122" = getelementptr inbounds float, ptr %"c", i64 %".121"
  %".123" = load <8 x float>, <8 x float>* %"acc6"
  %".124" = load <8 x float>, ptr %".122", align 4
  %".125" = fadd <8 x float> %".124", %".123"
  %".126" = select  i1 %"first", <8 x float> %".123", <8 x float> %".125"
  store <8 x float> %".126", ptr %".122", align 4
  %".128" = mul i64 1, %"ldc"
  %".129" = add i64 %".128", 24
  %".130" = getelementptr inbounds float, ptr %"c", i64 %".129"
  %".131" = load <8 x float>, <8 x float>* %"acc7"
  %".132" = load <8 x float>, ptr %".130", align 4
  %".133" = fadd <8 x float> %".132", %".131"
  %".134" = select  i1 %"first", <8 x float> %".131", <8 x float> %".133"
  store <8 x float> %".134", ptr %".130", align 4
  br label %"k.done.endif"
k.done.else:
  %".137" = mul i64 0, %"ldc"
  %".138" = add i64 %".137", 0
  %".139" = getelementptr inbounds float, ptr %"c", i64 %".138"
  %".140" = load <8 x float>, <8 x float>* %"acc0"
  %".141" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".69"
  %".142" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".139", i32 4, <8 x i1> %".141", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".143" = fadd <8 x float> %".142", %".140"
  %".144" = select  i1 %"first", <8 x float> %".140", <8 x float> %".143"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".144", ptr %".139", i32 4, <8 x i1> %".141")
  %".146" = mul i64 0, %"ldc"
  %".147" = add i64 %".146", 8
  %".148" = getelementptr inbounds float, ptr %"c", i64 %".147"
  %".149" = load <8 x float>, <8 x float>* %"acc1"
  %".150" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".69"
  %".151" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".148", i32 4, <8 x i1> %".150", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".152" = fadd <8 x float> %".151", %".149"
  %".153" = select  i1 %"first", <8 x float> %".149", <8 x float> %".152"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".153", ptr %".148", i32 4, <8 x i1> %".150")
  %".155" = mul i64 0, %"ldc"
  %".156" = add i64 %".155", 16
  %".157" = getelementptr inbounds float, ptr %"c", i64 %".156"
  %".158" = load <8 x float>, <8 x float>* %"acc2"
  %".159" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".69"
  %".160" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".157", i32 4, <8 x i1> %".159", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".161" = fadd <8 x float> %".160", %".158"
  %".162" = select  i1 %"first", <8 x float> %".158", <8 x float> %".161"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".162", ptr %".157", i32 4, <8 x i1> %".159")
  %".164" = mul i64 0, %"ldc"
  %".165" = add i64 %".164", 24
  %".166" = getelementptr inbounds float, ptr %"c", i64 %".165"
  %".167" = load <8 x float>, <8 x float>* %"acc3"
  %".168" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".69"
  %".169" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".166", i32 4, <8 x i1> %".168", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".170" = fadd <8 x float> %".169", %".167"
  %".171" = select  i1 %"first", <8 x float> %".167", <8 x float> %".170"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".171", ptr %".166", i32 4, <8 x i1> %".168")
  %".173" = mul i64 1, %"ldc"
  %".174" = add i64 %".173", 0
  %".175" = getelementptr inbounds float, ptr %"c", i64 %".174"
  %".176" = load <8 x float>, <8 x float>* %"acc4"
  %".177" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".69"
  %".178" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".175", i32 4, <8 x i1> %".177", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".179" = fadd <8 x float> %".178", %".176"
  %".180" = select  i1 %"first", <8 x float> %".176", <8 x float> %".179"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".180", ptr %".175", i32 4, <8 x i1> %".177")
  %".182" = mul i64 1, %"ldc"
  %".183" = add i64 %".182", 8
  %".184" = getelementptr inbounds float, ptr %"c", i64 %".183"
  %".185" = load <8 x float>, <8 x float>* %"acc5"
  %".186" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".69"
  %".187" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".184", i32 4, <8 x i1> %".186", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".188" = fadd <8 x float> %".187", %".185"
  %".189" = select  i1 %"first", <8 x float> %".185", <8 x float> %".188"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".189", ptr %".184", i32 4, <8 x i1> %".186")
  %".191" = mul i64 1, %"ldc"
  %".192" = add i64 %".191", 16
  %".193" = getelementptr inbounds float, ptr %"c", i64 %".192"
  %".194" = load <8 x float>, <8 x float>* %"acc6"
  %".195" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".69"
  %".196" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".193", i32 4, <8 x i1> %".195", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".197" = fadd <8 x float> %".196", %".194"
  %".198" = select  i1 %"first", <8 x float> %".194", <8 x float> %".197"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".198", ptr %".193", i32 4, <8 x i1> %".195")
  %".200" = mul i64 1, %"ldc"
  %".201" = add i64 %".200", 24
  %".202" = getelementptr inbounds float, ptr %"c", i64 %".201"
  %".203" = load <8 x float>, <8 x float>* %"acc7"
  %".204" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".69"
  %".205" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".202", i32 4, <8 x i1> %".204", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".206" = fadd <8 x float> %".205", %".203"
  %".207" = select  i1 %"first", <8 x float> %".203", <8 x float> %".206"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".207", ptr %".202", i32 4, <8 x i1> %".204")
  br label %"k.done.endif"
k.done.endif:
  ret void
}

define internal void @"gv_rows_f32.tile3"(ptr %"a", ptr %"p", ptr %"c", i64 %"kc", i64 %"lda", i64 %"ldc", i64 %"cols", i1 %"first")
{
entry:
  %"acc0" = alloca <8 x float>
  %"acc1" = alloca <8 x float>
  %"acc2" = alloca <8 x float>
  %"acc3" = alloca <8 x float>
  %"acc4" = alloca <8 x float>
  %"acc5" = alloca <8 x float>
  %"acc6" = alloca <8 x float>
  %"acc7" = alloca <8 x float>
  %"acc8" = alloca <8 x float>
  %"acc9" = alloca <8 x float>
  %"acc10" = alloca <8 x float>
  %"acc11" = alloca <8 x float>
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc1"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc2"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc3"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc4"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc5"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc6"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc7"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc8"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc9"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc10"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc11"
  %".22" = mul i64 0, %"lda"
  %".23" = getelementptr inbounds float, ptr %"a", i64 %".22"
  %".24" = mul i64 1, %"lda"
  %".25" = getelementptr inbounds float, ptr %"a", i64 %".24"
  %".26" = mul i64 2, %"lda"
  %".27" = getelementptr inbounds float, ptr %"a", i64 %".26"
  %".28" = icmp slt i64 0, %"kc"
  br i1 %".28", label %"k.body", label %"k.done"
k.body:
  %"k" = phi  i64 [0, %"entry"], [%"k.next", %"k.body"]
  %".30" = mul i64 %"k", 32
  %".31" = getelementptr inbounds float, ptr %"p", i64 %".30"
  %".32" = getelementptr inbounds float, ptr %".31", i64 0
  %".33" = load <8 x float>, ptr %".32", align 32
  %".34" = getelementptr inbounds float, ptr %".31", i64 8
  %".35" = load <8 x float>, ptr %".34", align 32
  %".36" = getelementptr inbounds float, ptr %".31", i64 16
  %".37" = load <8 x float>, ptr %".36", align 32
  %".38" = getelementptr inbounds float, ptr %".31", i64 24
  %".39" = load <8 x float>, ptr %".38", align 32
  %".40" = getelementptr inbounds float, ptr %".23", i64 %"k"
  %".41" = load float, ptr %".40"
  %".42" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".41", i32 0
  %".43" = shufflevector <8 x float> %".42", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".44" = load <8 x float>, <8 x float>* %"acc0"
  %".45" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".43", <8 x float> %".33", <8 x float> %".44")
  store <8 x float> %".45", <8 x float>* %"acc0"
  %".47" = load <8 x float>, <8 x float>* %"acc1"
  %".48" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".43", <8 x float> %".35", <8 x float> %".47")
  store <8 x float> %".48", <8 x float>* %"acc1"
  %".50" = load <8 x float>, <8 x float>* %"acc2"
  %".51" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".43", <8 x float> %".37", <8 x float> %".50")
  store <8 x float> %".51", <8 x float>* %"acc2"
  %".53" = load <8 x float>, <8 x float>* %"acc3"
  %".54" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".43", <8 x float> %".39", <8 x float> %".53")
  store <8 x float> %".54", <8 x float>* %"acc3"
  %".56" = getelementptr inbounds float, ptr %".25", i64 %"k"
  %".57" = load float, ptr %".56"
  %".58" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".57", i32 0
  %".59" = shufflevector <8 x float> %".58", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".60" = load <8 x float>, <8 x float>* %"acc4"
  %".61" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".59", <8 x float> %".33", <8 x float> %".60")
  store <8 x float> %".61", <8 x float>* %"acc4"
  %".63" = load <8 x float>, <8 x float>* %"acc5"
  %".64" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".59", <8 x float> %".35", <8 x float> %".63")
  store <8 x float> %".64", <8 x float>* %"acc5"
  %".66" = load <8 x float>, <8 x float>* %"acc6"
  %".67" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".59", <8 x float> %".37", <8 x float> %".66")
  store <8 x float> %".67", <8 x float>* %"acc6"
  %".69" = load <8 x float>, <8 x float>* %"acc7"
  %".70" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".59", <8 x float> %".39", <8 x float> %".69")
  store <8 x float> %".70", <8 x float>* %"acc7"
  %".72" = getelementptr inbounds float, ptr %".27", i64 %"k"
  %".73" = load float, ptr %".72"
  %".74" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <8 x float> %".74", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = load <8 x float>, <8 x float>* %"acc8"
  %".77" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".75", <8 x float> %".33", <8 x float> %".76")
  store <8 x float> %".77", <8 x float>* %"acc8"
  %".79" = load <8 x float>, <8 x float>* %"acc9"
  %".80" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".75", <8 x float> %".35", <8 x float> %".79")
  store <8 x float> %".80", <8 x float>* %"acc9"
  %".82" = load <8 x float>, <8 x float>* %"acc10"
  %".83" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".75", <8 x float> %".37", <8 x float> %".82")
  store <8 x float> %".83", <8 x float>* %"acc10"
  %".85" = load <8 x float>, <8 x float>* %"acc11"
  %".86" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".75", <8 x float> %".39", <8 x float> %".85")
  store <8 x float> %".86", <8 x float>* %"acc11"
  %"k.next" = add nsw i64 %"k", 1
  %".88" = icmp slt i64 %"k.next", %"kc"
  br i1 %".88", label %"k.body", label %"k.done"
k.done:
  %".90" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".91" = shufflevector <8 x i64> %".90", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = icmp sge i64 %"cols", 32
  br i1 %".92", label %"k.done.if", label %"k.done.else"
k.done.if:
  %".94" = mul i64 0, %"ldc"
  %".95" = add i64 %".94", 0
  %".96" = getelementptr inbounds float, ptr %"c", i64 %".95"
  %".97" = load <8 x float>, <8 x float>* %"acc0"
  %".98" = load <8 x float>, ptr %".96", align 4
  %".99" = fadd <8 x float> %".98", %".97"
  %".100" = select  i1 %"first", <8 x float> %".97", <8 x float> %".99"
  store <8 x float> %".100", ptr %".96", align 4
  %".102" = mul i64 0, %"ldc"
  %".103" = add i64 %".102", 8
  %".104" = getelementptr inbounds float, ptr %"c", i64 %".103"
  %".105" = load <8 x float>, <8 x float>* %"acc1"
  %".106" = load <8 x float>, ptr %".104", align 4
  %".107" = fadd <8 x float> %".106", %".105"
  %".108" = select  i1 %"first", <8 x float> %".105", <8 x float> %".107"
  store <8 x float> %".108", ptr %".104", align 4
  %".110" = mul i64 0, %"ldc"
  %".111" = add i64 %".110", 16
  %".112" = getelementptr inbounds float, ptr %"c", i64 %".111"
  %".113" = load <8 x float>, <8 x float>* %"acc2"
  %".114" = load <8 x float>, ptr %".112", align 4
  %".115" = fadd <8 x float> %".114", %".113"
  %".116" = select  i1 %"first", <8 x float> %".113", <8 x float> %".115"
  store <8 x float> %".116", ptr %".112", align 4
  %".118" = mul i64 0, %"ldc"
  %".119" = add i64 %".118", 24
  %".120" = getelementptr inbounds float, ptr %"c", i64 %".119"
  %".121" = load <8 x float>, <8 x float>* %"acc3"
  %".122" = load <8 x float>, ptr %".120", align 4
  %".123" = fadd <8 x float> %".122", %".121"
  %".124" = select  i1 %"first", <8 x float> %".121", <8 x float> %".123"
  store <8 x float> %".124", ptr %".120", align 4
  %".126" = mul i64 1, %"ldc"
  %".127" = add i64 %".126", 0
  %".128" = getelementptr inbounds float, ptr %"c", i64 %".127"
  %".129" = load <8 x float>, <8 x float>* %"acc4"
  %".130" = load <8 x float>, ptr %".128", align 4
  %".131" = fadd <8 x float> %".130", %".129"
  %".132" = select  i1 %"first", <8 x float> %".129", <8 x float> %".131"
  store <8 x float> %".132", ptr %".128", align 4
  %".134" = mul i64 1, %"ldc"
  %".135" = add i64 %".134", 8
  %".136" = getelementptr inbounds float, ptr %"c", i64 %".135"
  %".137" = load <8 x float>, <8 x float>* %"acc5"
  %".138" = load <8 x float>, ptr %".136", align 4
  %".139" = fadd <8 x float> %".138", %".137"
  %".140" = select  i1 %"first", <8 x float> %".137", <8 x float> %".139"
  store <8 x float> %".140", ptr %".136", align 4
  %".142" = mul i64 1, %"ldc"
  %".143" = add i64 %".142", 16
  %".144" = getelementptr inbounds float, ptr %"c", i64 %".143"
  %".145" = load <8 x float>, <8 x float>* %"acc6"
  %".146" = load <8 x float>, ptr %".144", align 4
  %".147" = fadd <8 x float> %".146", %".145"
  %".148" = select  i1 %"first", <8 x float> %".145", <8 x float> %".147"
  store <8 x float> %".148", ptr %".144", align 4
  %".150" = mul i64 1, %"ldc"
  %".151" = add i64 %".150", 24
  %".152" = getelementptr inbounds float, ptr %"c", i64 %".151"
  %".153" = load <8 x float>, <8 x float>* %"acc7"
  %".154" = load <8 x float>, ptr %".152", align 4
  %".155" = fadd <8 x float> %".154", %".153"
  %".156" = select  i1 %"first", <8 x float> %".153", <8 x float> %".155"
  store <8 x float> %".156", ptr %".152", align 4
  %".158" = mul i64 2, %"ldc"
  %".159" = add i64 %".158", 0
  %".160" = getelementptr inbounds float, ptr %"c", i64 %".159"
  %".161" = load <8 x float>, <8 x float>* %"acc8"
  %".162" = load <8 x float>, ptr %".160", align 4
  %".163" = fadd <8 x float> %".162", %".161"
  %".164" = select  i1 %"first", <8 x float> %".161", <8 x float> %".163"
  store <8 x float> %".164", ptr %".160", align 4
  %".166" = mul i64 2, %"ldc"
  %".167" = add i64 %".166", 8
  %".168" = getelementptr inbounds float, ptr %"c", i64 %".167"
  %".169" = load <8 x float>, <8 x float>* %"acc9"
  %".170" = load <8 x float>, ptr %".168", align 4
  %".171" = fadd <8 x float> %".170", %".169"
  %".172" = select  i1 %"first", <8 x float> %".169", <8 x float> %".171"
  store <8 x float> %".172", ptr %".168", align 4
  %".174" = mul i64 2, %"ldc"
  %".175" = add i64 %".174", 16
  %".176" = getelementptr inbounds float, ptr %"c", i64 %".175"
  %".177" = load <8 x float>, <8 x float>* %"acc10"
  %".178" = load <8 x float>, ptr %".176", align 4
  %".179" = fadd <8 x float> %".178", %".177"
  %".180" = select  i1 %"first", <8 x float> %".177", <8 x float> %".179"
  store <8 x float> %".180", ptr %".176", align 4
  %".182" = mul i64 2, %"ldc"
  %".183" = add i64 %".182", 24
  %".184" = getelementptr inbounds float, ptr %"c", i64 %".183"
  %".185" = load <8 x float>, <8 x float>* %"acc11"
  %".186" = load <8 x float>, ptr %".184", align 4
  %".187" = fadd <8 x float> %".186", %".185"
  %".188" = select  i1 %"first", <8 x float> %".185", <8 x float> %".187"
  store <8 x float> %".188", ptr %".184", align 4
  br label %"k.done.endif"
k.done.else:
  %".191" = mul i64 0, %"ldc"
  %".192" = add i64 %".191", 0
  %".193" = getelementptr inbounds float, ptr %"c", i64 %".192"
  %".194" = load <8 x float>, <8 x float>* %"acc0"
  %".195" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".91"
  %".196" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".193", i32 4, <8 x i1> %".195", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".197" = fadd <8 x float> %".196", %".194"
  %".198" = select  i1 %"first", <8 x float> %".194", <8 x float> %".197"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".198", ptr %".193", i32 4, <8 x i1> %".195")
  %".200" = mul i64 0, %"ldc"
  %".201" = add i64 %".200", 8
  %".202" = getelementptr inbounds float, ptr %"c", i64 %".201"
  %".203" = load <8 x float>, <8 x float>* %"acc1"
  %".204" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".91"
  %".205" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".202", i32 4, <8 x i1> %".204", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".206" = fadd <8 x float> %".205", %".203"
  %".207" = select  i1 %"first", <8 x float> %".203", <8 x float> %".206"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".207", ptr %".202", i32 4, <8 x i1> %".204")
  %".209" = mul i64 0, %"ldc"
  %".210" = add i64 %".209", 16
  %".211" = getelementptr inbounds float, ptr %"c", i64 %".210"
  %".212" = load <8 x float>, <8 x float>* %"acc2"
  %".213" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".91"
  %".214" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".211", i32 4, <8 x i1> %".213", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".215" = fadd <8 x float> %".214", %".212"
  %".216" = select  i1 %"first", <8 x float> %".212", <8 x float> %".215"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".216", ptr %".211", i32 4, <8 x i1> %".213")
  %".218" = mul i64 0, %"ldc"
  %".219" = add i64 %".218", 24
  %".220" = getelementptr inbounds float, ptr %"c", i64 %".219"
  %".221" = load <8 x float>, <8 x float>* %"acc3"
  %".222" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".91"
  %".223" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".220", i32 4, <8 x i1> %".222", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".224" = fadd <8 x float> %".223", %".221"
  %".225" = select  i1 %"first", <8 x float> %".221", <8 x float> %".224"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".225", ptr %".220", i32 4, <8 x i1> %".222")
  %".227" = mul i64 1, %"ldc"
  %".228" = add i64 %".227", 0
  %".229" = getelementptr inbounds float, ptr %"c", i64 %".228"
  %".230" = load <8 x float>, <8 x float>* %"acc4"
  %".231" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".91"
  %".232" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".229", i32 4, <8 x i1> %".231", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".233" = fadd <8 x float> %".232", %".230"
  %".234" = select  i1 %"first", <8 x float> %".230", <8 x float> %".233"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".234", ptr %".229", i32 4, <8 x i1> %".231")
  %".236" = mul i64 1, %"ldc"
  %".237" = add i64 %".236", 8
  %".238" = getelementptr inbounds float, ptr %"c", i64 %".237"
  %".239" = load <8 x float>, <8 x float>* %"acc5"
  %".240" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".91"
  %".241" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".238", i32 4, <8 x i1> %".240", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".242" = fadd <8 x float> %".241", %".239"
  %".243" = select  i1 %"first", <8 x float> %".239", <8 x float> %".242"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".243", ptr %".238", i32 4, <8 x i1> %".240")
  %".245" = mul i64 1, %"ldc"
  %".246" = add i64 %".245", 16
  %".247" = getelementptr inbounds float, ptr %"c", i64 %".246"
  %".248" = load <8 x float>, <8 x float>* %"acc6"
  %".249" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".91"
  %".250" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".247", i32 4, <8 x i1> %".249", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".251" = fadd <8 x float> %".250", %".248"
  %".252" = select  i1 %"first", <8 x float> %".248", <8 x float> %".251"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".252", ptr %".247", i32 4, <8 x i1> %".249")
  %".254" = mul i64 1, %"ldc"
  %".255" = add i64 %".254", 24
  %".256" = getelementptr inbounds float, ptr %"c", i64 %".255"
  %".257" = load <8 x float>, <8 x float>* %"acc7"
  %".258" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".91"
  %".259" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".256", i32 4, <8 x i1> %".258", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".260" = fadd <8 x float> %".259", %".257"
  %".261" = select  i1 %"first", <8 x float> %".257", <8 x float> %".260"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".261", ptr %".256", i32 4, <8 x i1> %".258")
  %".263" = mul i64 2, %"ldc"
  %".264" = add i64 %".263", 0
  %".265" = getelementptr inbounds float, ptr %"c", i64 %".264"
  %".266" = load <8 x float>, <8 x float>* %"acc8"
  %".267" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".91"
  %".268" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".265", i32 4, <8 x i1> %".267", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".269" = fadd <8 x float> %".268", %".266"
  %".270" = select  i1 %"first", <8 x float> %".266", <8 x float> %".269"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".270", ptr %".265", i32 4, <8 x i1> %".267")
  %".272" = mul i64 2, %"ldc"
  %".273" = add i64 %".272", 8
  %".274" = getelementptr inbounds float, ptr %"c", i64 %".273"
  %".275" = load <8 x float>, <8 x float>* %"acc9"
  %".276" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".91"
  %".277" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".274", i32 4, <8 x i1> %".276", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".278" = fadd <8 x float> %".277", %".275"
  %".279" = select  i1 %"first", <8 x float> %".275", <8 x float> %".278"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".279", ptr %".274", i32 4, <8 x i1> %".276")
  %".281" = mul i64 2, %"ldc"
  %".282" = add i64 %".281", 16
  %".283" = getelementptr inbounds float, ptr %"c", i64 %".282"
  %".284" = load <8 x float>, <8 x float>* %"acc10"
  %".285" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".91"
  %".286" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".283", i32 4, <8 x i1> %".285", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".287" = fadd <8 x float> %".286", %".284"
  %".288" = select  i1 %"first", <8 x float> %".284", <8 x float> %".287"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".288", ptr %".283", i32 4, <8 x i1> %".285")
  %".290" = mul i64 2, %"ldc"
  %".291" = add i64 %".290", 24
  %".292" = getelementptr inbounds float, ptr %"c", i64 %".291"
  %".293" = load <8 x float>, <8 x float>* %"acc11"
  %".294" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".91"
  %".295" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".292", i32 4, <8 x i1> %".294", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".296" = fadd <8 x float> %".295", %".293"
  %".297" = select  i1 %"first", <8 x float> %".293", <8 x float> %".296"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".297", ptr %".292", i32 4, <8 x i1> %".294")
  br label %"k.done.endif"
k.done.endif:
  ret void
}

define internal void @"gv_rows_f32.tile4"(ptr %"a", ptr %"p", ptr %"c", i64 %"kc", i64 %"lda", i64 %"ldc", i64 %"cols", i1 %"first")
{
entry:
  %"acc0" = alloca <8 x float>
  %"acc1" = alloca <8 x float>
  %"acc2" = alloca <8 x float>
  %"acc3" = alloca <8 x float>
  %"acc4" = alloca <8 x float>
  %"acc5" = alloca <8 x float>
  %"acc6" = alloca <8 x float>
  %"acc7" = alloca <8 x float>
  %"acc8" = alloca <8 x float>
  %"acc9" = alloca <8 x float>
  %"acc10" = alloca <8 x float>
  %"acc11" = alloca <8 x float>
  %"acc12" = alloca <8 x float>
  %"acc13" = alloca <8 x float>
  %"acc14" = alloca <8 x float>
  %"acc15" = alloca <8 x float>
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc0"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc1"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc2"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc3"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc4"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc5"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc6"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc7"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc8"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc9"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc10"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc11"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc12"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc13"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc14"
  store <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <8 x float>* %"acc15"
  %".26" = mul i64 0, %"lda"
  %".27" = getelementptr inbounds float, ptr %"a", i64 %".26"
  %".28" = mul i64 1, %"lda"
  %".29" = getelementptr inbounds float, ptr %"a", i64 %".28"
  %".30" = mul i64 2, %"lda"
  %".31" = getelementptr inbounds float, ptr %"a", i64 %".30"
  %".32" = mul i64 3, %"lda"
  %".33" = getelementptr inbounds float, ptr %"a", i64 %".32"
  %".34" = icmp slt i64 0, %"kc"
  br i1 %".34", label %"k.body", label %"k.done"
k.body:
  %"k" = phi  i64 [0, %"entry"], [%"k.next", %"k.body"]
  %".36" = mul i64 %"k", 32
  %".37" = getelementptr inbounds float, ptr %"p", i64 %".36"
  %".38" = getelementptr inbounds float, ptr %".37", i64 0
  %".39" = load <8 x float>, ptr %".38", align 32
  %".40" = getelementptr inbounds float, ptr %".37", i64 8
  %".41" = load <8 x float>, ptr %".40", align 32
  %".42" = getelementptr inbounds float, ptr %".37", i64 16
  %".43" = load <8 x float>, ptr %".42", align 32
  %".44" = getelementptr inbounds float, ptr %".37", i64 24
  %".45" = load <8 x float>, ptr %".44", align 32
  %".46" = getelementptr inbounds float, ptr %".27", i64 %"k"
  %".47" = load float, ptr %".46"
  %".48" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".47", i32 0
  %".49" = shufflevector <8 x float> %".48", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".50" = load <8 x float>, <8 x float>* %"acc0"
  %".51" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".49", <8 x float> %".39", <8 x float> %".50")
  store <8 x float> %".51", <8 x float>* %"acc0"
  %".53" = load <8 x float>, <8 x float>* %"acc1"
  %".54" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".49", <8 x float> %".41", <8 x float> %".53")
  store <8 x float> %".54", <8 x float>* %"acc1"
  %".56" = load <8 x float>, <8 x float>* %"acc2"
  %".57" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".49", <8 x float> %".43", <8 x float> %".56")
  store <8 x float> %".57", <8 x float>* %"acc2"
  %".59" = load <8 x float>, <8 x float>* %"acc3"
  %".60" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".49", <8 x float> %".45", <8 x float> %".59")
  store <8 x float> %".60", <8 x float>* %"acc3"
  %".62" = getelementptr inbounds float, ptr %".29", i64 %"k"
  %".63" = load float, ptr %".62"
  %".64" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".63", i32 0
  %".65" = shufflevector <8 x float> %".64", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".66" = load <8 x float>, <8 x float>* %"acc4"
  %".67" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".65", <8 x float> %".39", <8 x float> %".66")
  store <8 x float> %".67", <8 x float>* %"acc4"
  %".69" = load <8 x float>, <8 x float>* %"acc5"
  %".70" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".65", <8 x float> %".41", <8 x float> %".69")
  store <8 x float> %".70", <8 x float>* %"acc5"
  %".72" = load <8 x float>, <8 x float>* %"acc6"
  %".73" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".65", <8 x float> %".43", <8 x float> %".72")
  store <8 x float> %".73", <8 x float>* %"acc6"
  %".75" = load <8 x float>, <8 x float>* %"acc7"
  %".76" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".65", <8 x float> %".45", <8 x float> %".75")
  store <8 x float> %".76", <8 x float>* %"acc7"
  %".78" = getelementptr inbounds float, ptr %".31", i64 %"k"
  %".79" = load float, ptr %".78"
  %".80" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".79", i32 0
  %".81" = shufflevector <8 x float> %".80", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".82" = load <8 x float>, <8 x float>* %"acc8"
  %".83" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".81", <8 x float> %".39", <8 x float> %".82")
  store <8 x float> %".83", <8 x float>* %"acc8"
  %".85" = load <8 x float>, <8 x float>* %"acc9"
  %".86" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".81", <8 x float> %".41", <8 x float> %".85")
  store <8 x float> %".86", <8 x float>* %"acc9"
  %".88" = load <8 x float>, <8 x float>* %"acc10"
  %".89" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".81", <8 x float> %".43", <8 x float> %".88")
  store <8 x float> %".89", <8 x float>* %"acc10"
  %".91" = load <8 x float>, <8 x float>* %"acc11"
  %".92" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".81", <8 x float> %".45", <8 x float> %".91")
  store <8 x float> %".92", <8 x float>* %"acc11"
  %".94" = getelementptr inbounds float, ptr %".33", i64 %"k"
  %".95" = load float, ptr %".94"
  %".96" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".95", i32 0
  %".97" = shufflevector <8 x float> %".96", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".98" = load <8 x float>, <8 x float>* %"acc12"
  %".99" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".39", <8 x float> %".98")
  store <8 x float> %".99", <8 x float>* %"acc12"
  %".101" = load <8 x float>, <8 x float>* %"acc13"
  %".102" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".41", <8 x float> %".101")
  store <8 x float> %".102", <8 x float>* %"acc13"
  %".104" = load <8 x float>, <8 x float>* %"acc14"
  %".105" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".43", <8 x float> %".104")
  store <8 x float> %".105", <8 x float>* %"acc14"
  %".107" = load <8 x float>, <8 x float>* %"acc15"
  %".108" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".45", <8 x float> %".107")
  store <8 x float> %".108", <8 x float>* %"acc15"
  %"k.next" = add nsw i64 %"k", 1
  %".110" = icmp slt i64 %"k.next", %"kc"
  br i1 %".110", label %"k.body", label %"k.done"
k.done:
  %".112" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".113" = shufflevector <8 x i64> %".112", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".114" = icmp sge i64 %"cols", 32
  br i1 %".114", label %"k.done.if", label %"k.done.else"
k.done.if:
  %".116" = mul i64 0, %"ldc"
  %".117" = add i64 %".116", 0
  %".118" = getelementptr inbounds float, ptr %"c", i64 %".117"
  %".119" = load <8 x float>, <8 x float>* %"acc0"
  %".120" = load <8 x float>, ptr %".118", align 4
  %".121" = fadd <8 x float> %".120", %".119"
  %".122" = select  i1 %"first", <8 x float> %".119", <8 x float> %".121"
  store <8 x float> %".122", ptr %".118", align 4
  %".124" = mul i64 0, %"ldc"
  %".125" = add i64 %".124", 8
  %".126" = getelementptr inbounds float, ptr %"c", i64 %".125"
  %".127" = load <8 x float>, <8 x float>* %"acc1"
  %".128" = load <8 x float>, ptr %".126", align 4
  %".129" = fadd <8 x float> %".128", %".127"
  %".130" = select  i1 %"first", <8 x float> %".127", <8 x float> %".129"
  store <8 x float> %".130", ptr %".126", align 4
  %".132" = mul i64 0, %"ldc"
  %".133" = add i64 %".132", 16
  %".134" = getelementptr inbounds float, ptr %"c", i64 %".133"
  %".135" = load <8 x float>, <8 x float>* %"acc2"
  %".136" = load <8 x float>, ptr %".134", align 4
  %".137" = fadd <8 x float> %".136", %".135"
  %".138" = select  i1 %"first", <8 x float> %".135", <8 x float> %".137"
  store <8 x float> %".138", ptr %".134", align 4
  %".140" = mul i64 0, %"ldc"
  %".141" = add i64 %".140", 24
  %".142" = getelementptr inbounds float, ptr %"c", i64 %".141"
  %".143" = load <8 x float>, <8 x float>* %"acc3"
  %".144" = load <8 x float>, ptr %".142", align 4
  %".145" = fadd <8 x float> %".144", %".143"
  %".146" = select  i1 %"first", <8 x float> %".143", <8 x float> %".145"
  store <8 x float> %".146", ptr %".142", align 4
  %".148" = mul i64 1, %"ldc"
  %".149" = add i64 %".148", 0
  %".150" = getelementptr inbounds float, ptr %"c", i64 %".149"
  %".151" = load <8 x float>, <8 x float>* %"acc4"
  %".152" = load <8 x float>, ptr %".150", align 4
  %".153" = fadd <8 x float> %".152", %".151"
  %".154" = select  i1 %"first", <8 x float> %".151", <8 x float> %".153"
  store <8 x float> %".154", ptr %".150", align 4
  %".156" = mul i64 1, %"ldc"
  %".157" = add i64 %".156", 8
  %".158" = getelementptr inbounds float, ptr %"c", i64 %".157"
  %".159" = load <8 x float>, <8 x float>* %"acc5"
  %".160" = load <8 x float>, ptr %".158", align 4
  %".161" = fadd <8 x float> %".160", %".159"
  %".162" = select  i1 %"first", <8 x float> %".159", <8 x float> %".161"
  store <8 x float> %".162", ptr %".158", align 4
  %".164" = mul i64 1, %"ldc"
  %".165" = add i64 %".164", 16
  %".166" = getelementptr inbounds float, ptr %"c", i64 %".165"
  %".167" = load <8 x float>, <8 x float>* %"acc6"
  %".168" = load <8 x float>, ptr %".166", align 4
  %".169" = fadd <8 x float> %".168", %".167"
  %".170" = select  i1 %"first", <8 x float> %".167", <8 x float> %".169"
  store <8 x float> %".170", ptr %".166", align 4
  %".172" = mul i64 1, %"ldc"
  %".173" = add i64 %".172", 24
  %".174" = getelementptr inbounds float, ptr %"c", i64 %".173"
  %".175" = load <8 x float>, <8 x float>* %"acc7"
  %".176" = load <8 x float>, ptr %".174", align 4
  %".177" = fadd <8 x float> %".176", %".175"
  %".178" = select  i1 %"first", <8 x float> %".175", <8 x float> %".177"
  store <8 x float> %".178", ptr %".174", align 4
  %".180" = mul i64 2, %"ldc"
  %".181" = add i64 %".180", 0
  %".182" = getelementptr inbounds float, ptr %"c", i64 %".181"
  %".183" = load <8 x float>, <8 x float>* %"acc8"
  %".184" = load <8 x float>, ptr %".182", align 4
  %".185" = fadd <8 x float> %".184", %".183"
  %".186" = select  i1 %"first", <8 x float> %".183", <8 x float> %".185"
  store <8 x float> %".186", ptr %".182", align 4
  %".188" = mul i64 2, %"ldc"
  %".189" = add i64 %".188", 8
  %".190" = getelementptr inbounds float, ptr %"c", i64 %".189"
  %".191" = load <8 x float>, <8 x float>* %"acc9"
  %".192" = load <8 x float>, ptr %".190", align 4
  %".193" = fadd <8 x float> %".192", %".191"
  %".194" = select  i1 %"first", <8 x float> %".191", <8 x float> %".193"
  store <8 x float> %".194", ptr %".190", align 4
  %".196" = mul i64 2, %"ldc"
  %".197" = add i64 %".196", 16
  %".198" = getelementptr inbounds float, ptr %"c", i64 %".197"
  %".199" = load <8 x float>, <8 x float>* %"acc10"
  %".200" = load <8 x float>, ptr %".198", align 4
  %".201" = fadd <8 x float> %".200", %".199"
  %".202" = select  i1 %"first", <8 x float> %".199", <8 x float> %".201"
  store <8 x float> %".202", ptr %".198", align 4
  %".204" = mul i64 2, %"ldc"
  %".205" = add i64 %".204", 24
  %".206" = getelementptr inbounds float, ptr %"c", i64 %".205"
  %".207" = load <8 x float>, <8 x float>* %"acc11"
  %".208" = load <8 x float>, ptr %".206", align 4
  %".209" = fadd <8 x float> %".208", %".207"
  %".210" = select  i1 %"first", <8 x float> %".207", <8 x float> %".209"
  store <8 x float> %".210", ptr %".206", align 4
  %".212" = mul i64 3, %"ldc"
  %".213" = add i64 %".212", 0
  %".214" = getelementptr inbounds float, ptr %"c", i64 %".213"
  %".215" = load <8 x float>, <8 x float>* %"acc12"
  %".216" = load <8 x float>, ptr %".214", align 4
  %".217" = fadd <8 x float> %".216", %".215"
  %".218" = select  i1 %"first", <8 x float> %".215", <8 x float> %".217"
  store <8 x float> %".218", ptr %".214", align 4
  %".220" = mul i64 3, %"ldc"
  %".221" = add i64 %".220", 8
  %".222" = getelementptr inbounds float, ptr %"c", i64 %".221"
  %".223" = load <8 x float>, <8 x float>* %"acc13"
  %".224" = load <8 x float>, ptr %".222", align 4
  %".225" = fadd <8 x float> %".224", %".223"
  %".226" = select  i1 %"first", <8 x float> %".223", <8 x float> %".225"
  store <8 x float> %".226", ptr %".222", align 4
  %".228" = mul i64 3, %"ldc"
  %".229" = add i64 %".228", 16
  %".230" = getelementptr inbounds float, ptr %"c", i64 %".229"
  %".231" = load <8 x float>, <8 x float>* %"acc14"
  %".232" = load <8 x float>, ptr %".230", align 4
  %".233" = fadd <8 x float> %".232", %".231"
  %".234" = select  i1 %"first", <8 x float> %".231", <8 x float> %".233"
  store <8 x float> %".234", ptr %".230", align 4
  %".236" = mul i64 3, %"ldc"
  %".237" = add i64 %".236", 24
  %".238" = getelementptr inbounds float, ptr %"c", i64 %".237"
  %".239" = load <8 x float>, <8 x float>* %"acc15"
  %".240" = load <8 x float>, ptr %".238", align 4
  %".241" = fadd <8 x float> %".240", %".239"
  %".242" = select  i1 %"first", <8 x float> %".239", <8 x float> %".241"
  store <8 x float> %".242", ptr %".238", align 4
  br label %"k.done.endif"
k.done.else:
  %".245" = mul i64 0, %"ldc"
  %".246" = add i64 %".245", 0
  %".247" = getelementptr inbounds float, ptr %"c", i64 %".246"
  %".248" = load <8 x float>, <8 x float>* %"acc0"
  %".249" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".113"
  %".250" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".247", i32 4, <8 x i1> %".249", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".251" = fadd <8 x float> %".250", %".248"
  %".252" = select  i1 %"first", <8 x float> %".248", <8 x float> %".251"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".252", ptr %".247", i32 4, <8 x i1> %".249")
  %".254" = mul i64 0, %"ldc"
  %".255" = add i64 %".254", 8
  %".256" = getelementptr inbounds float, ptr %"c", i64 %".255"
  %".257" = load <8 x float>, <8 x float>* %"acc1"
  %".258" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".113"
  %".259" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".256", i32 4, <8 x i1> %".258", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".260" = fadd <8 x float> %".259", %".257"
  %".261" = select  i1 %"first", <8 x float> %".257", <8 x float> %".260"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".261", ptr %".256", i32 4, <8 x i1> %".258")
  %".263" = mul i64 0, %"ldc"
  %".264" = add i64 %".263", 16
  %".265" = getelementptr inbounds float, ptr %"c", i64 %".264"
  %".266" = load <8 x float>, <8 x float>* %"acc2"
  %".267" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".113"
  %".268" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".265", i32 4, <8 x i1> %".267", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".269" = fadd <8 x float> %".268", %".266"
  %".270" = select  i1 %"first", <8 x float> %".266", <8 x float> %".269"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".270", ptr %".265", i32 4, <8 x i1> %".267")
  %".272" = mul i64 0, %"ldc"
  %".273" = add i64 %".272", 24
  %".274" = getelementptr inbounds float, ptr %"c", i64 %".273"
  %".275" = load <8 x float>, <8 x float>* %"acc3"
  %".276" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".113"
  %".277" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".274", i32 4, <8 x i1> %".276", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".278" = fadd <8 x float> %".277", %".275"
  %".279" = select  i1 %"first", <8 x float> %".275", <8 x float> %".278"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".279", ptr %".274", i32 4, <8 x i1> %".276")
  %".281" = mul i64 1, %"ldc"
  %".282" = add i64 %".281", 0
  %".283" = getelementptr inbounds float, ptr %"c", i64 %".282"
  %".284" = load <8 x float>, <8 x float>* %"acc4"
  %".285" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".113"
  %".286" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".283", i32 4, <8 x i1> %".285", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".287" = fadd <8 x float> %".286", %".284"
  %".288" = select  i1 %"first", <8 x float> %".284", <8 x float> %".287"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".288", ptr %".283", i32 4, <8 x i1> %".285")
  %".290" = mul i64 1, %"ldc"
  %".291" = add i64 %".290", 8
  %".292" = getelementptr inbounds float, ptr %"c", i64 %".291"
  %".293" = load <8 x float>, <8 x float>* %"acc5"
  %".294" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".113"
  %".295" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".292", i32 4, <8 x i1> %".294", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".296" = fadd <8 x float> %".295", %".293"
  %".297" = select  i1 %"first", <8 x float> %".293", <8 x float> %".296"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".297", ptr %".292", i32 4, <8 x i1> %".294")
  %".299" = mul i64 1, %"ldc"
  %".300" = add i64 %".299", 16
  %".301" = getelementptr inbounds float, ptr %"c", i64 %".300"
  %".302" = load <8 x float>, <8 x float>* %"acc6"
  %".303" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".113"
  %".304" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".301", i32 4, <8 x i1> %".303", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".305" = fadd <8 x float> %".304", %".302"
  %".306" = select  i1 %"first", <8 x float> %".302", <8 x float> %".305"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".306", ptr %".301", i32 4, <8 x i1> %".303")
  %".308" = mul i64 1, %"ldc"
  %".309" = add i64 %".308", 24
  %".310" = getelementptr inbounds float, ptr %"c", i64 %".309"
  %".311" = load <8 x float>, <8 x float>* %"acc7"
  %".312" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".113"
  %".313" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".310", i32 4, <8 x i1> %".312", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".314" = fadd <8 x float> %".313", %".311"
  %".315" = select  i1 %"first", <8 x float> %".311", <8 x float> %".314"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".315", ptr %".310", i32 4, <8 x i1> %".312")
  %".317" = mul i64 2, %"ldc"
  %".318" = add i64 %".317", 0
  %".319" = getelementptr inbounds float, ptr %"c", i64 %".318"
  %".320" = load <8 x float>, <8 x float>* %"acc8"
  %".321" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".113"
  %".322" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".319", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".323" = fadd <8 x float> %".322", %".320"
  %".324" = select  i1 %"first", <8 x float> %".320", <8 x float> %".323"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".324", ptr %".319", i32 4, <8 x i1> %".321")
  %".326" = mul i64 2, %"ldc"
  %".327" = add i64 %".326", 8
  %".328" = getelementptr inbounds float, ptr %"c", i64 %".327"
  %".329" = load <8 x float>, <8 x float>* %"acc9"
  %".330" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".113"
  %".331" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".328", i32 4, <8 x i1> %".330", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".332" = fadd <8 x float> %".331", %".329"
  %".333" = select  i1 %"first", <8 x float> %".329", <8 x float> %".332"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".333", ptr %".328", i32 4, <8 x i1> %".330")
  %".335" = mul i64 2, %"ldc"
  %".336" = add i64 %".335", 16
  %".337" = getelementptr inbounds float, ptr %"c", i64 %".336"
  %".338" = load <8 x float>, <8 x float>* %"acc10"
  %".339" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".113"
  %".340" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".337", i32 4, <8 x i1> %".339", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".341" = fadd <8 x float> %".340", %".338"
  %".342" = select  i1 %"first", <8 x float> %".338", <8 x float> %".341"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".342", ptr %".337", i32 4, <8 x i1> %".339")
  %".344" = mul i64 2, %"ldc"
  %".345" = add i64 %".344", 24
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  %".347" = load <8 x float>, <8 x float>* %"acc11"
  %".348" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".113"
  %".349" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".346", i32 4, <8 x i1> %".348", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".350" = fadd <8 x float> %".349", %".347"
  %".351" = select  i1 %"first", <8 x float> %".347", <8 x float> %".350"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".351", ptr %".346", i32 4, <8 x i1> %".348")
  %".353" = mul i64 3, %"ldc"
  %".354" = add i64 %".353", 0
  %".355" = getelementptr inbounds float, ptr %"c", i64 %".354"
  %".356" = load <8 x float>, <8 x float>* %"acc12"
  %".357" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".113"
  %".358" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".355", i32 4, <8 x i1> %".357", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".359" = fadd <8 x float> %".358", %".356"
  %".360" = select  i1 %"first", <8 x float> %".356", <8 x float> %".359"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".360", ptr %".355", i32 4, <8 x i1> %".357")
  %".362" = mul i64 3, %"ldc"
  %".363" = add i64 %".362", 8
  %".364" = getelementptr inbounds float, ptr %"c", i64 %".363"
  %".365" = load <8 x float>, <8 x float>* %"acc13"
  %".366" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".113"
  %".367" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".364", i32 4, <8 x i1> %".366", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".368" = fadd <8 x float> %".367", %".365"
  %".369" = select  i1 %"first", <8 x float> %".365", <8 x float> %".368"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".369", ptr %".364", i32 4, <8 x i1> %".366")
  %".371" = mul i64 3, %"ldc"
  %".372" = add i64 %".371", 16
  %".373" = getelementptr inbounds float, ptr %"c", i64 %".372"
  %".374" = load <8 x float>, <8 x float>* %"acc14"
  %".375" = icmp slt <8 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>, %".113"
  %".376" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".373", i32 4, <8 x i1> %".375", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".377" = fadd <8 x float> %".376", %".374"
  %".378" = select  i1 %"first", <8 x float> %".374", <8 x float> %".377"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".378", ptr %".373", i32 4, <8 x i1> %".375")
  %".380" = mul i64 3, %"ldc"
  %".381" = add i64 %".380", 24
  %".382" = getelementptr inbounds float, ptr %"c", i64 %".381"
  %".383" = load <8 x float>, <8 x float>* %"acc15"
  %".384" = icmp slt <8 x i64> <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".113"
  %".385" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".382", i32 4, <8 x i1> %".384", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".386" = fadd <8 x float> %".385", %".383"
  %".387" = select  i1 %"first", <8 x float> %".383", <8 x float> %".386"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".387", ptr %".382", i32 4, <8 x i1> %".384")
  br label %"k.done.endif"
k.done.endif:
  ret void
}

define internal void @"gv_rows_f32.thread"(ptr %"ctx", i64 %"chunk", i64 %"nchunks")
{
entry:
  %".5" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 0
  %"M" = load i64, ptr %".5"
  %".6" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 1
  %"Nn" = load i64, ptr %".6"
  %".7" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 2
  %"K" = load i64, ptr %".7"
  %".8" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 3
  %"A" = load ptr, ptr %".8"
  %".9" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 4
  %"rsa" = load i64, ptr %".9"
  %".10" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 5
  %"csa" = load i64, ptr %".10"
  %".11" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 6
  %"B" = load ptr, ptr %".11"
  %".12" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 7
  %"rsb" = load i64, ptr %".12"
  %".13" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 8
  %"csb" = load i64, ptr %".13"
  %".14" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 9
  %"C" = load ptr, ptr %".14"
  %".15" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 10
  %"ldc" = load i64, ptr %".15"
  %".16" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 11
  %"nb" = load i64, ptr %".16"
  %".17" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 12
  %"sa" = load i64, ptr %".17"
  %".18" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 13
  %"sb" = load i64, ptr %".18"
  %".19" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 14
  %"sc" = load i64, ptr %".19"
  %".20" = add i64 %"Nn", 31
  %".21" = sdiv i64 %".20", 32
  %".22" = sub i64 %"nchunks", 1
  %".23" = add i64 %".21", %".22"
  %".24" = sdiv i64 %".23", %"nchunks"
  %".25" = mul i64 %"chunk", %".24"
  %".26" = mul i64 %".25", 32
  %".27" = icmp slt i64 %".26", %"Nn"
  %".28" = select  i1 %".27", i64 %".26", i64 %"Nn"
  %".29" = mul i64 %".24", 32
  %".30" = add i64 %".28", %".29"
  %".31" = icmp slt i64 %".30", %"Nn"
  %".32" = select  i1 %".31", i64 %".30", i64 %"Nn"
  %".33" = icmp slt i64 %".28", %".32"
  br i1 %".33", label %"entry.if", label %"entry.endif"
entry.if:
  %"ws" = call ptr @"gv_workspace"(i64 %"chunk", i64 65536)
  %".35" = icmp slt i64 0, %"K"
  br i1 %".35", label %"pc.body", label %"pc.done"
entry.endif:
  ret void
pc.body:
  %"pc" = phi  i64 [0, %"entry.if"], [%"pc.next", %"n.done"]
  %".37" = sub i64 %"K", %"pc"
  %".38" = icmp slt i64 512, %".37"
  %".39" = select  i1 %".38", i64 512, i64 %".37"
  %".40" = icmp eq i64 %"pc", 0
  %".41" = icmp slt i64 %".28", %".32"
  br i1 %".41", label %"n.body", label %"n.done"
pc.done:
  br label %"entry.endif"
n.body:
  %"n" = phi  i64 [%".28", %"pc.body"], [%"n.next", %"m.done"]
  %".43" = sub i64 %"Nn", %"n"
  %".44" = mul i64 %"n", %"csb"
  %".45" = add i64 %".44", %"pc"
  %".46" = getelementptr inbounds float, ptr %"B", i64 %".45"
  call void @"gv_dot_f32.pack"(ptr %"ws", ptr %".46", i64 %".43", i64 %".39", i64 %"csb", i64 32)
  %".48" = getelementptr inbounds float, ptr %"A", i64 %"pc"
  %".49" = getelementptr inbounds float, ptr %"C", i64 %"n"
  %".50" = icmp slt i64 0, %"M"
  br i1 %".50", label %"m.body", label %"m.done"
n.done:
  %"pc.next" = add nsw i64 %"pc", 512
  %".72" = icmp slt i64 %"pc.next", %"K"
  br i1 %".72", label %"pc.body", label %"pc.done"
m.body:
  %"m" = phi  i64 [0, %"n.body"], [%"m.next", %"rows.done"]
  %".52" = sub i64 %"M", %"m"
  %".53" = icmp slt i64 4, %".52"
  %".54" = select  i1 %".53", i64 4, i64 %".52"
  %".55" = mul i64 %"m", %"rsa"
  %".56" = getelementptr inbounds float, ptr %".48", i64 %".55"
  %".57" = mul i64 %"m", %"ldc"
  %".58" = getelementptr inbounds float, ptr %".49", i64 %".57"
  switch i64 %".54", label %"rows.done" [i64 1, label %"rows1" i64 2, label %"rows2" i64 3, label %"rows3" i64 4, label %"rows4"]
m.done:
  %"n.next" = add nsw i64 %"n", 32
  %".70" = icmp slt i64 %"n.next", %".32"
  br i1 %".70", label %"n.body", label %"n.done"
rows.done:
  %"m.next" = add nsw i64 %"m", 4
  %".68" = icmp slt i64 %"m.next", %"M"
  br i1 %".68", label %"m.body", label %"m.done"
rows1:
  call void @"gv_rows_f32.tile1"(ptr %".56", ptr %"ws", ptr %".58", i64 %".39", i64 %"rsa", i64 %"ldc", i64 %".43", i1 %".40")
  br label %"rows.done"
rows2:
  call void @"gv_rows_f32.tile2"(ptr %".56", ptr %"ws", ptr %".58", i64 %".39", i64 %"rsa", i64 %"ldc", i64 %".43", i1 %".40")
  br label %"rows.done"
rows3:
  call void @"gv_rows_f32.tile3"(ptr %".56", ptr %"ws", ptr %".58", i64 %".39", i64 %"rsa", i64 %"ldc", i64 %".43", i1 %".40")
  br label %"rows.done"
rows4:
  call void @"gv_rows_f32.tile4"(ptr %".56", ptr %"ws", ptr %".58", i64 %".39", i64 %"rsa", i64 %"ldc", i64 %".43", i1 %".40")
  br label %"rows.done"
}

define internal void @"gv_dot_f32.thread"(ptr %"ctx", i64 %"chunk", i64 %"nchunks")
{
entry:
  %".5" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 0
  %"M" = load i64, ptr %".5"
  %".6" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 1
  %"Nn" = load i64, ptr %".6"
  %".7" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 2
  %"K" = load i64, ptr %".7"
  %".8" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 3
  %"A" = load ptr, ptr %".8"
  %".9" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 4
  %"rsa" = load i64, ptr %".9"
  %".10" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 5
  %"csa" = load i64, ptr %".10"
  %".11" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 6
  %"B" = load ptr, ptr %".11"
  %".12" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 7
  %"rsb" = load i64, ptr %".12"
  %".13" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 8
  %"csb" = load i64, ptr %".13"
  %".14" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 9
  %"C" = load ptr, ptr %".14"
  %".15" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 10
  %"ldc" = load i64, ptr %".15"
  %".16" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 11
  %"nb" = load i64, ptr %".16"
  %".17" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 12
  %"sa" = load i64, ptr %".17"
  %".18" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 13
  %"sb" = load i64, ptr %".18"
  %".19" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 14
  %"sc" = load i64, ptr %".19"
  %".20" = icmp sle i64 %"M", 8
  br i1 %".20", label %"entry.if", label %"entry.else"
entry.if:
  call void @"gv_rows_f32.thread"(ptr %"ctx", i64 %"chunk", i64 %"nchunks")
  br label %"entry.endif"
entry.else:
  %".24" = add i64 %"Nn", 7
  %".25" = sdiv i64 %".24", 8
  %".26" = sub i64 %"nchunks", 1
  %".27" = add i64 %".25", %".26"
  %".28" = sdiv i64 %".27", %"nchunks"
  %".29" = mul i64 %"chunk", %".28"
  %".30" = mul i64 %".29", 8
  %".31" = icmp slt i64 %".30", %"Nn"
  %".32" = select  i1 %".31", i64 %".30", i64 %"Nn"
  %".33" = mul i64 %".28", 8
  %".34" = add i64 %".32", %".33"
  %".35" = icmp slt i64 %".34", %"Nn"
  %".36" = select  i1 %".35", i64 %".34", i64 %"Nn"
  %".37" = add i64 %"M", 7
  %".38" = sdiv i64 %".37", 8
  %".39" = mul i64 %".38", 8
  %".40" = icmp slt i64 %".32", %".36"
  br i1 %".40", label %"entry.else.if", label %"entry.else.endif"
entry.endif:
  ret void
entry.else.if:
  %"ws" = call ptr @"gv_workspace"(i64 %"chunk", i64 131072)
  %".42" = icmp slt i64 0, %"K"
  br i1 %".42", label %"pc.body", label %"pc.done"
entry.else.endif:
  br label %"entry.endif"
pc.body:
  %"pc" = phi  i64 [0, %"entry.else.if"], [%"pc.next", %"n.done"]
  %".44" = sub i64 %"K", %"pc"
  %".45" = icmp slt i64 512, %".44"
  %".46" = select  i1 %".45", i64 512, i64 %".44"
  %".47" = icmp eq i64 %"pc", 0
  %".48" = getelementptr inbounds float, ptr %"A", i64 %"pc"
  call void @"gv_dot_f32.pack"(ptr %"ws", ptr %".48", i64 %"M", i64 %".46", i64 %"rsa", i64 %".39")
  %".50" = icmp slt i64 %".32", %".36"
  br i1 %".50", label %"n.body", label %"n.done"
pc.done:
  br label %"entry.else.endif"
n.body:
  %"n" = phi  i64 [%".32", %"pc.body"], [%"n.next", %"m.done"]
  %".52" = mul i64 %"n", %"csb"
  %".53" = add i64 %".52", %"pc"
  %".54" = getelementptr inbounds float, ptr %"B", i64 %".53"
  %".55" = icmp slt i64 0, %".39"
  br i1 %".55", label %"m.body", label %"m.done"
n.done:
  %"pc.next" = add nsw i64 %"pc", 512
  %".68" = icmp slt i64 %"pc.next", %"K"
  br i1 %".68", label %"pc.body", label %"pc.done"
m.body:
  %"m" = phi  i64 [0, %"n.body"], [%"m.next", %"m.body"]
  %".57" = getelementptr inbounds float, ptr %"ws", i64 %"m"
  %".58" = mul i64 %"m", %"ldc"
  %".59" = add i64 %".58", %"n"
  %".60" = getelementptr inbounds float, ptr %"C", i64 %".59"
  %".61" = sub i64 %"M", %"m"
  %".62" = sub i64 %"Nn", %"n"
  call void @"gv_dot_f32.tile1"(ptr %".57", ptr %".54", ptr %".60", i64 %".46", i64 %".39", i64 %"csb", i64 %"ldc", i64 %".61", i64 %".62", i1 %".47")
  %"m.next" = add nsw i64 %"m", 8
  %".64" = icmp slt i64 %"m.next", %".39"
  br i1 %".64", label %"m.body", label %"m.done"
m.done:
  %"n.next" = add nsw i64 %"n", 8
  %".66" = icmp slt i64 %"n.next", %".36"
  br i1 %".66", label %"n.body", label %"n.done"
}

declare void @"gv_parallel"(ptr %".1", ptr %".2", i64 %".3")

; kernel gv_k1_add_relu_gt: nodes %add, %relu, %gt; layers model[0] (Fc), model[0] (Fc) [grad]; shapes %add: f32[N,3]; %relu: f32[N,3]; %gt: f32[N,3]
define internal void @"gv_k1_add_relu_gt"(i64 %"N", i64 %"nthreads", ptr %"b2", ptr %"b5", ptr %"b7", ptr %"b10")
{
entry:
  %".8" = mul i64 %"N", 3
  %".9" = icmp sge i64 %".8", 32768
  br i1 %".9", label %"entry.if", label %"entry.else"
entry.if:
  %".11" = alloca {i64, i64, ptr, ptr, ptr, ptr}
  %".12" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".11", i64 0, i32 0
  store i64 %"N", i64* %".12"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".11", i64 0, i32 1
  store i64 %"N", i64* %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".11", i64 0, i32 2
  store ptr %"b2", ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".11", i64 0, i32 3
  store ptr %"b5", ptr %".18"
  %".20" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".11", i64 0, i32 4
  store ptr %"b7", ptr %".20"
  %".22" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".11", i64 0, i32 5
  store ptr %"b10", ptr %".22"
  %".24" = mul i64 %"nthreads", 4
  %".25" = icmp sgt i64 %"N", 1
  %".26" = select  i1 %".25", i64 %"N", i64 1
  %".27" = icmp slt i64 %".24", %".26"
  %".28" = select  i1 %".27", i64 %".24", i64 %".26"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k1_add_relu_gt.L0.par", {i64, i64, ptr, ptr, ptr, ptr}* %".11", i64 %".28")
  br label %"entry.endif"
entry.else:
  call void @"gv_k1_add_relu_gt.L0"(i64 %"N", i64 0, i64 %"N", ptr %"b2", ptr %"b5", ptr %"b7", ptr %"b10")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k1_add_relu_gt.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b2__0__bias", ptr noalias %"b5_matmul", ptr noalias %"b7_relu", ptr noalias %"b10_gt")
{
entry:
  %".9" = icmp slt i64 %"lo", %"hi"
  br i1 %".9", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".11" = mul nsw i64 %"i0", 3
  %".12" = add nsw i64 0, %".11"
  %".13" = mul nsw i64 %"i0", 0
  %".14" = add nsw i64 0, %".13"
  %".15" = mul nsw i64 %"i0", 3
  %".16" = add nsw i64 0, %".15"
  %".17" = mul nsw i64 %"i0", 3
  %".18" = add nsw i64 0, %".17"
  %".19" = icmp slt i64 0, 3
  br i1 %".19", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".21" = mul nsw i64 %"i1", 1
  %".22" = add nsw i64 %".12", %".21"
  %".23" = mul nsw i64 %"i1", 1
  %".24" = add nsw i64 %".14", %".23"
  %".25" = mul nsw i64 %"i1", 1
  %".26" = add nsw i64 %".16", %".25"
  %".27" = mul nsw i64 %"i1", 1
  %".28" = add nsw i64 %".18", %".27"
  %".29" = getelementptr inbounds float, ptr %"b5_matmul", i64 %".22"
  %".30" = load float, ptr %".29"
  %".31" = getelementptr inbounds float, ptr %"b2__0__bias", i64 %".24"
  %".32" = load float, ptr %".31"
  %".33" = fadd float %".30", %".32"
  %".34" = call nsz float @"llvm.maximum.f32"(float %".33", float              0x0)
  %".35" = fcmp ogt float %".33",              0x0
  %".36" = getelementptr inbounds float, ptr %"b7_relu", i64 %".26"
  store float %".34", ptr %".36"
  %".38" = uitofp i1 %".35" to float
  %".39" = getelementptr inbounds float, ptr %"b10_gt", i64 %".28"
  store float %".38", ptr %".39"
  %"i1.next" = add nsw i64 %"i1", 1
  %".41" = icmp slt i64 %"i1.next", 3
  br i1 %".41", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".43" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".43", label %"i0.body", label %"i0.done"
}

declare float @"llvm.maximum.f32"(float %".1", float %".2")

define internal void @"gv_k1_add_relu_gt.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  %".20" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, ptr %".1", i64 0, i32 5
  %".21" = load ptr, ptr %".20"
  call void @"gv_k1_add_relu_gt.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19", ptr %".21")
  ret void
}

; kernel gv_k2_matmul: nodes %matmul_1; layers model[1] (Fc); shapes %matmul_1: f32[N,2]
define internal void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3", ptr %"b7", ptr %"b8")
{
entry:
  %".7" = getelementptr float, ptr %"b8", i64 0
  %".8" = getelementptr float, ptr %"b7", i64 0
  %".9" = getelementptr float, ptr %"b3", i64 0
  %".10" = icmp eq i64 3, 0
  br i1 %".10", label %"entry.if", label %"entry.else"
entry.if:
  %".12" = icmp slt i64 0, 1
  br i1 %".12", label %"zb.body", label %"zb.done"
entry.else:
  %".26" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 0
  store i64 %"N", i64* %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 1
  store i64 2, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 2
  store i64 3, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 3
  store ptr %".8", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 4
  store i64 3, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 5
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 6
  store ptr %".9", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 7
  store i64 1, i64* %".41"
  %".43" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 8
  store i64 3, i64* %".43"
  %".45" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 9
  store ptr %".7", ptr %".45"
  %".47" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 10
  store i64 2, i64* %".47"
  %".49" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 11
  store i64 1, i64* %".49"
  %".51" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 12
  store i64 0, i64* %".51"
  %".53" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 13
  store i64 0, i64* %".53"
  %".55" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 14
  store i64 0, i64* %".55"
  %".57" = mul i64 %"N", 2
  %".58" = mul i64 %".57", 3
  %".59" = mul i64 %".58", 1
  %".60" = icmp sge i64 %".59", 2097152
  %".61" = icmp sle i64 %"N", 64
  br i1 %".61", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
zb.body:
  %"zb" = phi  i64 [0, %"entry.if"], [%"zb.next", %"z.done"]
  %".14" = mul i64 %"zb", 0
  %".15" = getelementptr float, ptr %".7", i64 %".14"
  %".16" = mul i64 %"N", 2
  %".17" = icmp slt i64 0, %".16"
  br i1 %".17", label %"z.body", label %"z.done"
zb.done:
  br label %"entry.endif"
z.body:
  %"z" = phi  i64 [0, %"zb.body"], [%"z.next", %"z.body"]
  %".19" = getelementptr inbounds float, ptr %".15", i64 %"z"
  store float              0x0, ptr %".19"
  %"z.next" = add nsw i64 %"z", 1
  %".21" = icmp slt i64 %"z.next", %".16"
  br i1 %".21", label %"z.body", label %"z.done"
z.done:
  %"zb.next" = add nsw i64 %"zb", 1
  %".23" = icmp slt i64 %"zb.next", 1
  br i1 %".23", label %"zb.body", label %"zb.done"
entry.else.if:
  %".63" = add i64 2, 7
  %".64" = sdiv i64 %".63", 8
  %".65" = icmp slt i64 %"nthreads", %".64"
  %".66" = select  i1 %".65", i64 %"nthreads", i64 %".64"
  br i1 %".60", label %"entry.else.if.if", label %"entry.else.if.else"
entry.else.else:
  %".73" = mul i64 %"nthreads", 1
  %".74" = icmp sge i64 2, %"N"
  %".75" = add i64 2, 15
  %".76" = sdiv i64 %".75", 16
  %".77" = add i64 %"N", 5
  %".78" = sdiv i64 %".77", 6
  %".79" = select  i1 %".74", i64 %".76", i64 %".78"
  %".80" = icmp ne i64 0, 0
  %".81" = icmp sge i64 1, %"nthreads"
  %".82" = and i1 %".80", %".81"
  %".83" = select  i1 %".82", i64 1, i64 %".79"
  %".84" = icmp slt i64 %".73", %".83"
  %".85" = select  i1 %".84", i64 %".73", i64 %".83"
  %".86" = icmp sgt i64 %".85", 1
  %".87" = select  i1 %".86", i64 %".85", i64 1
  br i1 %".60", label %"entry.else.else.if", label %"entry.else.else.else"
entry.else.endif:
  br label %"entry.endif"
entry.else.if.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_dot_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 %".66")
  br label %"entry.else.if.endif"
entry.else.if.else:
  call void @"gv_dot_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i64 1)
  br label %"entry.else.if.endif"
entry.else.if.endif:
  br label %"entry.else.endif"
entry.else.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 %".87")
  br label %"entry.else.else.endif"
entry.else.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i64 1)
  br label %"entry.else.else.endif"
entry.else.else.endif:
  br label %"entry.else.endif"
}

; kernel gv_k3_add: nodes %add_1; layers model[1] (Fc); shapes %add_1: f32[N,2]
define internal void @"gv_k3_add"(i64 %"N", i64 %"nthreads", ptr %"b4", ptr %"b8", ptr %"b9")
{
entry:
  %".7" = mul i64 %"N", 2
  %".8" = icmp sge i64 %".7", 32768
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = alloca {i64, i64, ptr, ptr, ptr}
  %".11" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 0
  store i64 %"N", i64* %".11"
  %".13" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 1
  store i64 %"N", i64* %".13"
  %".15" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 2
  store ptr %"b4", ptr %".15"
  %".17" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 3
  store ptr %"b8", ptr %".17"
  %".19" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 4
  store ptr %"b9", ptr %".19"
  %".21" = mul i64 %"nthreads", 4
  %".22" = icmp sgt i64 %"N", 1
  %".23" = select  i1 %".22", i64 %"N", i64 1
  %".24" = icmp slt i64 %".21", %".23"
  %".25" = select  i1 %".24", i64 %".21", i64 %".23"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k3_add.L0.par", {i64, i64, ptr, ptr, ptr}* %".10", i64 %".25")
  br label %"entry.endif"
entry.else:
  call void @"gv_k3_add.L0"(i64 %"N", i64 0, i64 %"N", ptr %"b4", ptr %"b8", ptr %"b9")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k3_add.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b4__1__bias", ptr noalias %"b8_matmul_1", ptr noalias %"b9_add_1")
{
entry:
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".10" = mul nsw i64 %"i0", 2
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 0
  %".13" = add nsw i64 0, %".12"
  %".14" = mul nsw i64 %"i0", 2
  %".15" = add nsw i64 0, %".14"
  %".16" = icmp slt i64 0, 2
  br i1 %".16", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".18" = mul nsw i64 %"i1", 1
  %".19" = add nsw i64 %".11", %".18"
  %".20" = mul nsw i64 %"i1", 1
  %".21" = add nsw i64 %".13", %".20"
  %".22" = mul nsw i64 %"i1", 1
  %".23" = add nsw i64 %".15", %".22"
  %".24" = getelementptr inbounds float, ptr %"b8_matmul_1", i64 %".19"
  %".25" = load float, ptr %".24"
  %".26" = getelementptr inbounds float, ptr %"b4__1__bias", i64 %".21"
  %".27" = load float, ptr %".26"
  %".28" = fadd float %".25", %".27"
  %".29" = getelementptr inbounds float, ptr %"b9_add_1", i64 %".23"
  store float %".28", ptr %".29"
  %"i1.next" = add nsw i64 %"i1", 1
  %".31" = icmp slt i64 %"i1.next", 2
  br i1 %".31", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".33" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".33", label %"i0.body", label %"i0.done"
}

define internal void @"gv_k3_add.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  call void @"gv_k3_add.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19")
  ret void
}

; gvcompile module for graph tiny_bwd
; arena: 128*N bytes; buffers: b0=arg:%seed0, b1=arg:%relu, b2=arg:%gt, b3=arg:%x, b4=arg:%_0__weight, b5=arg:%_1__weight, b6=out:%reduce_sum, b7=temp:%matmul_2, b8=out:%matmul_3, b9=temp:%where, b10=out:%reduce_sum_1, b11=out:%matmul_4, b12=out:%matmul_5
; ModuleID = "gv_tiny_bwd"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"gv_tiny_bwd"(i64 %"N", ptr %"args", ptr %"outs", ptr %"consts", ptr %"arena")
{
entry:
  %"nthreads" = call i64 @"gv_num_threads"()
  %".7" = getelementptr ptr, ptr %"args", i64 0
  %"b0_seed0" = load ptr, ptr %".7"
  %".9" = getelementptr ptr, ptr %"args", i64 1
  %"b1_relu" = load ptr, ptr %".9"
  %".11" = getelementptr ptr, ptr %"args", i64 2
  %"b2_gt" = load ptr, ptr %".11"
  %".13" = getelementptr ptr, ptr %"args", i64 3
  %"b3_x" = load ptr, ptr %".13"
  %".15" = getelementptr ptr, ptr %"args", i64 4
  %"b4__0__weight" = load ptr, ptr %".15"
  %".17" = getelementptr ptr, ptr %"args", i64 5
  %"b5__1__weight" = load ptr, ptr %".17"
  %".19" = getelementptr ptr, ptr %"outs", i64 3
  %"b6_reduce_sum" = load ptr, ptr %".19"
  %"b7_matmul_2" = getelementptr i8, ptr %"arena", i64 0
  %".22" = getelementptr ptr, ptr %"outs", i64 2
  %"b8_matmul_3" = load ptr, ptr %".22"
  %".24" = mul nsw i64 %"N", 64
  %"b9_where" = getelementptr i8, ptr %"arena", i64 %".24"
  %".26" = getelementptr ptr, ptr %"outs", i64 1
  %"b10_reduce_sum_1" = load ptr, ptr %".26"
  %".28" = getelementptr ptr, ptr %"outs", i64 4
  %"b11_matmul_4" = load ptr, ptr %".28"
  %".30" = getelementptr ptr, ptr %"outs", i64 0
  %"b12_matmul_5" = load ptr, ptr %".30"
  call void @"gv_k0_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b6_reduce_sum")
  call void @"gv_k1_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b5__1__weight", ptr %"b7_matmul_2")
  call void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b1_relu", ptr %"b8_matmul_3")
  call void @"gv_k3_where"(i64 %"N", i64 %"nthreads", ptr %"b2_gt", ptr %"b7_matmul_2", ptr %"b9_where")
  call void @"gv_k4_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b9_where", ptr %"b10_reduce_sum_1")
  call void @"gv_k5_matmul"(i64 %"N", i64 %"nthreads", ptr %"b4__0__weight", ptr %"b9_where", ptr %"b11_matmul_4")
  call void @"gv_k6_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3_x", ptr %"b9_where", ptr %"b12_matmul_5")
  ret void
}

declare i64 @"gv_num_threads"()

; kernel gv_k0_reduce_sum: nodes %reduce_sum; layers model[1] (Fc) [grad]; shapes %reduce_sum: f32[2]
define internal void @"gv_k0_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b6")
{
entry:
  %".6" = icmp sge i64 2, 32768
  br i1 %".6", label %"entry.if", label %"entry.else"
entry.if:
  %".8" = alloca {i64, i64, ptr}
  %".9" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 0
  store i64 %"N", i64* %".9"
  %".11" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 1
  store i64 2, i64* %".11"
  %".13" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 2
  store ptr %"b6", ptr %".13"
  %".15" = mul i64 %"nthreads", 4
  %".16" = icmp sgt i64 2, 1
  %".17" = select  i1 %".16", i64 2, i64 1
  %".18" = icmp slt i64 %".15", %".17"
  %".19" = select  i1 %".18", i64 %".15", i64 %".17"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k0_reduce_sum.L0.par", {i64, i64, ptr}* %".8", i64 %".19")
  br label %"entry.endif"
entry.else:
  call void @"gv_k0_reduce_sum.L0"(i64 %"N", i64 0, i64 2, ptr %"b6")
  br label %"entry.endif"
entry.endif:
  %".24" = mul i64 %"N", 2
  call void @"gv_k0_reduce_sum.L1"(i64 %"N", i64 0, i64 %"N", ptr %"b0", ptr %"b6")
  ret void
}

define internal void @"gv_k0_reduce_sum.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b6_reduce_sum")
{
entry:
  %".6" = icmp slt i64 %"lo", %"hi"
  br i1 %".6", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".8" = mul nsw i64 %"i0", 1
  %".9" = add nsw i64 0, %".8"
  %".10" = getelementptr inbounds float, ptr %"b6_reduce_sum", i64 %".9"
  store float              0x0, ptr %".10"
  %"i0.next" = add nsw i64 %"i0", 1
  %".12" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".12", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k0_reduce_sum.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  call void @"gv_k0_reduce_sum.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15")
  ret void
}

declare void @"gv_parallel"(ptr %".1", ptr %".2", i64 %".3")

define internal void @"gv_k0_reduce_sum.L1"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b0_seed0", ptr noalias %"b6_reduce_sum")
{
entry:
  %".7" = icmp slt i64 %"lo", %"hi"
  br i1 %".7", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".9" = mul nsw i64 %"i0", 2
  %".10" = add nsw i64 0, %".9"
  %".11" = mul nsw i64 %"i0", 0
  %".12" = add nsw i64 0, %".11"
  %".13" = icmp slt i64 0, 2
  br i1 %".13", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".15" = mul nsw i64 %"i1", 1
  %".16" = add nsw i64 %".10", %".15"
  %".17" = mul nsw i64 %"i1", 1
  %".18" = add nsw i64 %".12", %".17"
  %".19" = getelementptr inbounds float, ptr %"b0_seed0", i64 %".16"
  %".20" = load float, ptr %".19"
  %".21" = getelementptr inbounds float, ptr %"b6_reduce_sum", i64 %".18"
  %".22" = load float, ptr %".21"
  %".23" = fadd nsz float %".22", %".20"
  store float %".23", ptr %".21"
  %"i1.next" = add nsw i64 %"i1", 1
  %".25" = icmp slt i64 %"i1.next", 2
  br i1 %".25", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".27" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".27", label %"i0.body", label %"i0.done"
}

; kernel gv_k1_matmul: nodes %matmul_2; layers model[1] (Fc) [grad]; shapes %matmul_2: f32[N,3]
define internal void @"gv_k1_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b5", ptr %"b7")
{
entry:
  %".7" = getelementptr float, ptr %"b7", i64 0
  %".8" = getelementptr float, ptr %"b0", i64 0
  %".9" = getelementptr float, ptr %"b5", i64 0
  %".10" = icmp eq i64 2, 0
  br i1 %".10", label %"entry.if", label %"entry.else"
entry.if:
  %".12" = icmp slt i64 0, 1
  br i1 %".12", label %"zb.body", label %"zb.done"
entry.else:
  %".26" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 0
  store i64 %"N", i64* %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 1
  store i64 3, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 2
  store i64 2, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 3
  store ptr %".8", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 4
  store i64 2, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 5
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 6
  store ptr %".9", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 7
  store i64 3, i64* %".41"
  %".43" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 8
  store i64 1, i64* %".43"
  %".45" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 9
  store ptr %".7", ptr %".45"
  %".47" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 10
  store i64 3, i64* %".47"
  %".49" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 11
  store i64 1, i64* %".49"
  %".51" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 12
  store i64 0, i64* %".51"
  %".53" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 13
  store i64 0, i64* %".53"
  %".55" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 14
  store i64 0, i64* %".55"
  %".57" = mul i64 %"N", 3
  %".58" = mul i64 %".57", 2
  %".59" = mul i64 %".58", 1
  %".60" = icmp sge i64 %".59", 2097152
  %".61" = mul i64 %"nthreads", 1
  %".62" = icmp sge i64 3, %"N"
  %".63" = add i64 3, 15
  %".64" = sdiv i64 %".63", 16
  %".65" = add i64 %"N", 5
  %".66" = sdiv i64 %".65", 6
  %".67" = select  i1 %".62", i64 %".64", i64 %".66"
  %".68" = icmp ne i64 0, 0
  %".69" = icmp sge i64 1, %"nthreads"
  %".70" = and i1 %".68", %".69"
  %".71" = select  i1 %".70", i64 1, i64 %".67"
  %".72" = icmp slt i64 %".61", %".71"
  %".73" = select  i1 %".72", i64 %".61", i64 %".71"
  %".74" = icmp sgt i64 %".73", 1
  %".75" = select  i1 %".74", i64 %".73", i64 1
  br i1 %".60", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
zb.body:
  %"zb" = phi  i64 [0, %"entry.if"], [%"zb.next", %"z.done"]
  %".14" = mul i64 %"zb", 0
  %".15" = getelementptr float, ptr %".7", i64 %".14"
  %".16" = mul i64 %"N", 3
  %".17" = icmp slt i64 0, %".16"
  br i1 %".17", label %"z.body", label %"z.done"
zb.done:
  br label %"entry.endif"
z.body:
  %"z" = phi  i64 [0, %"zb.body"], [%"z.next", %"z.body"]
  %".19" = getelementptr inbounds float, ptr %".15", i64 %"z"
  store float              0x0, ptr %".19"
  %"z.next" = add nsw i64 %"z", 1
  %".21" = icmp slt i64 %"z.next", %".16"
  br i1 %".21", label %"z.body", label %"z.done"
z.done:
  %"zb.next" = add nsw i64 %"zb", 1
  %".23" = icmp slt i64 %"zb.next", 1
  br i1 %".23", label %"zb.body", label %"zb.done"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 %".75")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

declare <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3")

declare void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1", ptr %".2", i32 %".3", <8 x i1> %".4")

declare <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1", i32 %".2", <8 x i1> %".3", <8 x float> %".4")

define internal void @"gv_gemm_f32.ukernel6"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first")
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".217", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".180", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".187", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".194", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".201", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %"acc8" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".208", %"main"]
  %"acc9" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %"acc10" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".215", %"main"]
  %"acc11" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 16
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <8 x float>, ptr %".16", align 32
  %".18" = add i64 %".14", 8
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <8 x float>, ptr %".19", align 32
  %".21" = mul i64 %".13", 6
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <8 x float> %".25", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".17", <8 x float> %"acc0")
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".20", <8 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".17", <8 x float> %"acc2")
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".20", <8 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <8 x float> %".39", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".17", <8 x float> %"acc4")
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".20", <8 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <8 x float> %".46", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".47", <8 x float> %".17", <8 x float> %"acc6")
  %".49" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".47", <8 x float> %".20", <8 x float> %"acc7")
  %".50" = add i64 %".21", 4
  %".51" = getelementptr inbounds float, ptr %"ap", i64 %".50"
  %".52" = load float, ptr %".51"
  %".53" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".52", i32 0
  %".54" = shufflevector <8 x float> %".53", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".55" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".54", <8 x float> %".17", <8 x float> %"acc8")
  %".56" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".54", <8 x float> %".20", <8 x float> %"acc9")
  %".57" = add i64 %".21", 5
  %".58" = getelementptr inbounds float, ptr %"ap", i64 %".57"
  %".59" = load float, ptr %".58"
  %".60" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".59", i32 0
  %".61" = shufflevector <8 x float> %".60", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".61", <8 x float> %".17", <8 x float> %"acc10")
  %".63" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".61", <8 x float> %".20", <8 x float> %"acc11")
  %".64" = add i64 %"k", 1
  %".65" = mul i64 %".64", 16
  %".66" = add i64 %".65", 0
  %".67" = getelementptr inbounds float, ptr %"bp", i64 %".66"
  %".68" = load <8 x float>, ptr %".67", align 32
  %".69" = add i64 %".65", 8
  %".70" = getelementptr inbounds float, ptr %"bp", i64 %".69"
  %".71" = load <8 x float>, ptr %".70", align 32
  %".72" = mul i64 %".64", 6
  %".73" = add i64 %".72", 0
  %".74" = getelementptr inbounds float, ptr %"ap", i64 %".73"
  %".75" = load float, ptr %".74"
  %".76" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <8 x float> %".76", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".68", <8 x float> %".27")
  %".79" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".71", <8 x float> %".28")
  %".80" = add i64 %".72", 1
  %".81" = getelementptr inbounds float, ptr %"ap", i64 %".80"
  %".82" = load float, ptr %".81"
  %".83" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <8 x float> %".83", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".68", <8 x float> %".34")
  %".86" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".71", <8 x float> %".35")
  %".87" = add i64 %".72", 2
  %".88" = getelementptr inbounds float, ptr %"ap", i64 %".87"
  %".89" = load float, ptr %".88"
  %".90" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <8 x float> %".90", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".68", <8 x float> %".41")
  %".93" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".71", <8 x float> %".42")
  %".94" = add i64 %".72", 3
  %".95" = getelementptr inbounds float, ptr %"ap", i64 %".94"
  %".96" = load float, ptr %".95"
  %".97" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <8 x float> %".97", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".68", <8 x float> %".48")
  %".100" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".71", <8 x float> %".49")
  %".101" = add i64 %".72", 4
  %".102" = getelementptr inbounds float, ptr %"ap", i64 %".101"
  %".103" = load float, ptr %".102"
  %".104" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".103", i32 0
  %".105" = shufflevector <8 x float> %".104", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".106" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".105", <8 x float> %".68", <8 x float> %".55")
  %".107" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".105", <8 x float> %".71", <8 x float> %".56")
  %".108" = add i64 %".72", 5
  %".109" = getelementptr inbounds float, ptr %"ap", i64 %".108"
  %".110" = load float, ptr %".109"
  %".111" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".110", i32 0
  %".112" = shufflevector <8 x float> %".111", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".113" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".112", <8 x float> %".68", <8 x float> %".62")
  %".114" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".112", <8 x float> %".71", <8 x float> %".63")
  %".115" = add i64 %"k", 2
  %".116" = mul i64 %".115", 16
  %".117" = add i64 %".116", 0
  %".118" = getelementptr inbounds float, ptr %"bp", i64 %".117"
  %".119" = load <8 x float>, ptr %".118", align 32
  %".120" = add i64 %".116", 8
  %".121" = getelementptr inbounds float, ptr %"bp", i64 %".120"
  %".122" = load <8 x float>, ptr %".121", align 32
  %".123" = mul i64 %".115", 6
  %".124" = add i64 %".123", 0
  %".125" = getelementptr inbounds float, ptr %"ap", i64 %".124"
  %".126" = load float, ptr %".125"
  %".127" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".126", i32 0
  %".128" = shufflevector <8 x float> %".127", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".129" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".128", <8 x float> %".119", <8 x float> %".78")
  %".130" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".128", <8 x float> %".122", <8 x float> %".79")
  %".131" = add i64 %".123", 1
  %".132" = getelementptr inbounds float, ptr %"ap", i64 %".131"
  %".133" = load float, ptr %".132"
  %".134" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".133", i32 0
  %".135" = shufflevector <8 x float> %".134", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".136" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".135", <8 x float> %".119", <8 x float> %".85")
  %".137" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".135", <8 x float> %".122", <8 x float> %".86")
  %".138" = add i64 %".123", 2
  %".139" = getelementptr inbounds float, ptr %"ap", i64 %".138"
  %".140" = load float, ptr %".139"
  %".141" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".140", i32 0
  %".142" = shufflevector <8 x float> %".141", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".143" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".142", <8 x float> %".119", <8 x float> %".92")
  %".144" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".142", <8 x float> %".122", <8 x float> %".93")
  %".145" = add i64 %".123", 3
  %".146" = getelementptr inbounds float, ptr %"ap", i64 %".145"
  %".147" = load float, ptr %".146"
  %".148" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".147", i32 0
  %".149" = shufflevector <8 x float> %".148", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".150" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".149", <8 x float> %".119", <8 x float> %".99")
  %".151" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".149", <8 x float> %".122", <8 x float> %".100")
  %".152" = add i64 %".123", 4
  %".153" = getelementptr inbounds float, ptr %"ap", i64 %".152"
  %".154" = load float, ptr %".153"
  %".155" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <8 x float> %".155", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".156", <8 x float> %".119", <8 x float> %".106")
  %".158" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".156", <8 x float> %".122", <8 x float> %".107")
  %".159" = add i64 %".123", 5
  %".160" = getelementptr inbounds float, ptr %"ap", i64 %".159"
  %".161" = load float, ptr %".160"
  %".162" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".161", i32 0
  %".163" = shufflevector <8 x float> %".162", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".164" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".163", <8 x float> %".119", <8 x float> %".113")
  %".165" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".163", <8 x float> %".122", <8 x float> %".114")
  %".166" = add i64 %"k", 3
  %".167" = mul i64 %".166", 16
  %".168" = add i64 %".167", 0
  %".169" = getelementptr inbounds float, ptr %"bp", i64 %".168"
  %".170" = load <8 x float>, ptr %".169", align 32
  %".171" = add i64 %".167", 8
  %".172" = getelementptr inbounds float, ptr %"bp", i64 %".171"
  %".173" = load <8 x float>, ptr %".172", align 32
  %".174" = mul i64 %".166", 6
  %".175" = add i64 %".174", 0
  %".176" = getelementptr inbounds float, ptr %"ap", i64 %".175"
  %".177" = load float, ptr %".176"
  %".178" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".177", i32 0
  %".179" = shufflevector <8 x float> %".178", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".180" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".179", <8 x float> %".170", <8 x float> %".129")
  %".181" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".179", <8 x float> %".173", <8 x float> %".130")
  %".182" = add i64 %".174", 1
  %".183" = getelementptr inbounds float, ptr %"ap", i64 %".182"
  %".184" = load float, ptr %".183"
  %".185" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".184", i32 0
  %".186" = shufflevector <8 x float> %".185", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".187" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".186", <8 x float> %".170", <8 x float> %".136")
  %".188" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".186", <8 x float> %".173", <8 x float> %".137")
  %".189" = add i64 %".174", 2
  %".190" = getelementptr inbounds float, ptr %"ap", i64 %".189"
  %".191" = load float, ptr %".190"
  %".192" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".191", i32 0
  %".193" = shufflevector <8 x float> %".192", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".194" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".193", <8 x float> %".170", <8 x float> %".143")
  %".195" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".193", <8 x float> %".173", <8 x float> %".144")
  %".196" = add i64 %".174", 3
  %".197" = getelementptr inbounds float, ptr %"ap", i64 %".196"
  %".198" = load float, ptr %".197"
  %".199" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".198", i32 0
  %".200" = shufflevector <8 x float> %".199", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".201" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".200", <8 x float> %".170", <8 x float> %".150")
  %".202" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".200", <8 x float> %".173", <8 x float> %".151")
  %".203" = add i64 %".174", 4
  %".204" = getelementptr inbounds float, ptr %"ap", i64 %".203"
  %".205" = load float, ptr %".204"
  %".206" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".205", i32 0
  %".207" = shufflevector <8 x float> %".206", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".208" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".207", <8 x float> %".170", <8 x float> %".157")
  %".209" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".207", <8 x float> %".173", <8 x float> %".158")
  %".210" = add i64 %".174", 5
  %".211" = getelementptr inbounds float, ptr %"ap", i64 %".210"
  %".212" = load float, ptr %".211"
  %".213" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".214" = shufflevector <8 x float> %".213", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".215" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".214", <8 x float> %".170", <8 x float> %".164")
  %".216" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".214", <8 x float> %".173", <8 x float> %".165")
  %".217" = add i64 %"k", 4
  %".218" = icmp slt i64 %".217", %".10"
  br i1 %".218", label %"main", label %"mid"
mid:
  %".220" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".180", %"main"]
  %".221" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %".222" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".187", %"main"]
  %".223" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %".224" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".194", %"main"]
  %".225" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %".226" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".201", %"main"]
  %".227" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %".228" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".208", %"main"]
  %".229" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %".230" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".215", %"main"]
  %".231" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".232" = icmp slt i64 %".10", %"kc"
  br i1 %".232", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".296", %"rem"]
  %".234" = phi  <8 x float> [%".220", %"mid"], [%".259", %"rem"]
  %".235" = phi  <8 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".236" = phi  <8 x float> [%".222", %"mid"], [%".266", %"rem"]
  %".237" = phi  <8 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".238" = phi  <8 x float> [%".224", %"mid"], [%".273", %"rem"]
  %".239" = phi  <8 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".240" = phi  <8 x float> [%".226", %"mid"], [%".280", %"rem"]
  %".241" = phi  <8 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".242" = phi  <8 x float> [%".228", %"mid"], [%".287", %"rem"]
  %".243" = phi  <8 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".244" = phi  <8 x float> [%".230", %"mid"], [%".294", %"rem"]
  %".245" = phi  <8 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".246" = mul i64 %"k1", 16
  %".247" = add i64 %".246", 0
  %".248" = getelementptr inbounds float, ptr %"bp", i64 %".247"
  %".249" = load <8 x float>, ptr %".248", align 32
  %".250" = add i64 %".246", 8
  %".251" = getelementptr inbounds float, ptr %"bp", i64 %".250"
  %".252" = load <8 x float>, ptr %".251", align 32
  %".253" = mul i64 %"k1", 6
  %".254" = add i64 %".253", 0
  %".255" = getelementptr inbounds float, ptr %"ap", i64 %".254"
  %".256" = load float, ptr %".255"
  %".257" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".256", i32 0
  %".258" = shufflevector <8 x float> %".257", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".259" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".258", <8 x float> %".249", <8 x float> %".234")
  %".260" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".258", <8 x float> %".252", <8 x float> %".235")
  %".261" = add i64 %".253", 1
  %".262" = getelementptr inbounds float, ptr %"ap", i64 %".261"
  %".263" = load float, ptr %".262"
  %".264" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".263", i32 0
  %".265" = shufflevector <8 x float> %".264", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".266" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".265", <8 x float> %".249", <8 x float> %".236")
  %".267" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".265", <8 x float> %".252", <8 x float> %".237")
  %".268" = add i64 %".253", 2
  %".269" = getelementptr inbounds float, ptr %"ap", i64 %".268"
  %".270" = load float, ptr %".269"
  %".271" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".270", i32 0
  %".272" = shufflevector <8 x float> %".271", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".273" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".272", <8 x float> %".249", <8 x float> %".238")
  %".274" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".272", <8 x float> %".252", <8 x float> %".239")
  %".275" = add i64 %".253", 3
  %".276" = getelementptr inbounds float, ptr %"ap", i64 %".275"
  %".277" = load float, ptr %".276"
  %".278" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".277", i32 0
  %".279" = shufflevector <8 x float> %".278", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".280" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".279", <8 x float> %".249", <8 x float> %".240")
  %".281" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".279", <8 x float> %".252", <8 x float> %".241")
  %".282" = add i64 %".253", 4
  %".283" = getelementptr inbounds float, ptr %"ap", i64 %".282"
  %".284" = load float, ptr %".283"
  %".285" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".284", i32 0
  %".286" = shufflevector <8 x float> %".285", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".287" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".286", <8 x float> %".249", <8 x float> %".242")
  %".288" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".286", <8 x float> %".252", <8 x float> %".243")
  %".289" = add i64 %".253", 5
  %".290" = getelementptr inbounds float, ptr %"ap", i64 %".289"
  %".291" = load float, ptr %".290"
  %".292" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".291", i32 0
  %".293" = shufflevector <8 x float> %".292", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".294" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".293", <8 x float> %".249", <8 x float> %".244")
  %".295" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".293", <8 x float> %".252", <8 x float> %".245")
  %".296" = add i64 %"k1", 1
  %".297" = icmp slt i64 %".296", %"kc"
  br i1 %".297", label %"rem", label %"tail"
tail:
  %".299" = phi  <8 x float> [%".220", %"mid"], [%".259", %"rem"]
  %".300" = phi  <8 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".301" = phi  <8 x float> [%".222", %"mid"], [%".266", %"rem"]
  %".302" = phi  <8 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".303" = phi  <8 x float> [%".224", %"mid"], [%".273", %"rem"]
  %".304" = phi  <8 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".305" = phi  <8 x float> [%".226", %"mid"], [%".280", %"rem"]
  %".306" = phi  <8 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".307" = phi  <8 x float> [%".228", %"mid"], [%".287", %"rem"]
  %".308" = phi  <8 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".309" = phi  <8 x float> [%".230", %"mid"], [%".294", %"rem"]
  %".310" = phi  <8 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".311" = icmp eq i64 %"mr", 6
  %".312" = icmp eq i64 %"nr", 16
  %".313" = and i1 %".311", %".312"
  br i1 %".313", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".439" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".440" = shufflevector <8 x i64> %".439", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".441" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".440"
  %".442" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".440"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row5" i64 2, label %"row4" i64 3, label %"row3" i64 4, label %"row2" i64 5, label %"row1" i64 6, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".316" = mul i64 0, %"ldc"
  %".317" = add i64 %".316", 0
  %".318" = getelementptr inbounds float, ptr %"c", i64 %".317"
  store <8 x float> %".299", ptr %".318", align 4
  %".320" = mul i64 0, %"ldc"
  %".321" = add i64 %".320", 8
  %".322" = getelementptr inbounds float, ptr %"c", i64 %".321"
  store <8 x float> %".300", ptr %".322", align 4
  %".324" = mul i64 1, %"ldc"
  %".325" = add i64 %".324", 0
  %".326" = getelementptr inbounds float, ptr %"c", i64 %".325"
  store <8 x float> %".301", ptr %".326", align 4
  %".328" = mul i64 1, %"ldc"
  %".329" = add i64 %".328", 8
  %".330" = getelementptr inbounds float, ptr %"c", i64 %".329"
  store <8 x float> %".302", ptr %".330", align 4
  %".332" = mul i64 2, %"ldc"
  %".333" = add i64 %".332", 0
  %".334" = getelementptr inbounds float, ptr %"c", i64 %".333"
  store <8 x float> %".303", ptr %".334", align 4
  %".336" = mul i64 2, %"ldc"
  %".337" = add i64 %".336", 8
  %".338" = getelementptr inbounds float, ptr %"c", i64 %".337"
  store <8 x float> %".304", ptr %".338", align 4
  %".340" = mul i64 3, %"ldc"
  %".341" = add i64 %".340", 0
  %".342" = getelementptr inbounds float, ptr %"c", i64 %".341"
  store <8 x float> %".305", ptr %".342", align 4
  %".344" = mul i64 3, %"ldc"
  %".345" = add i64 %".344", 8
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  store <8 x float> %".306", ptr %".346", align 4
  %".348" = mul i64 4, %"ldc"
  %".349" = add i64 %".348", 0
  %".350" = getelementptr inbounds float, ptr %"c", i64 %".349"
  store <8 x float> %".307", ptr %".350", align 4
  %".352" = mul i64 4, %"ldc"
  %".353" = add i64 %".352", 8
  %".354" = getelementptr inbounds float, ptr %"c", i64 %".353"
  store <8 x float> %".308", ptr %".354", align 4
  %".356" = mul i64 5, %"ldc"
  %".357" = add i64 %".356", 0
  %".358" = getelementptr inbounds float, ptr %"c", i64 %".357"
  store <8 x float> %".309", ptr %".358", align 4
  %".360" = mul i64 5, %"ldc"
  %".361" = add i64 %".360", 8
  %".362" = getelementptr inbounds float, ptr %"c", i64 %".361"
  store <8 x float> %".310", ptr %".362", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".365" = mul i64 0, %"ldc"
  %".366" = add i64 %".365", 0
  %".367" = getelementptr inbounds float, ptr %"c", i64 %".366"
  %".368" = load <8 x float>, ptr %".367", align 4
  %".369" = fadd reassoc contract nsz <8 x float> %".368", %".299"
  store <8 x float> %".369", ptr %".367", align 4
  %".371" = mul i64 0, %"ldc"
  %".372" = add i64 %".371", 8
  %".373" = getelementptr inbounds float, ptr %"c", i64 %".372"
  %".374" = load <8 x float>, ptr %".373", align 4
  %".375" = fadd reassoc contract nsz <8 x float> %".374", %".300"
  store <8 x float> %".375", ptr %".373", align 4
  %".377" = mul i64 1, %"ldc"
  %".378" = add i64 %".377", 0
  %".379" = getelementptr inbounds float, ptr %"c", i64 %".378"
  %".380" = load <8 x float>, ptr %".379", align 4
  %".381" = fadd reassoc contract nsz <8 x float> %".380", %".301"
  store <8 x float> %".381", ptr %".379", align 4
  %".383" = mul i64 1, %"ldc"
  %".384" = add i64 %".383", 8
  %".385" = getelementptr inbounds float, ptr %"c", i64 %".384"
  %".386" = load <8 x float>, ptr %".385", align 4
  %".387" = fadd reassoc contract nsz <8 x float> %".386", %".302"
  store <8 x float> %".387", ptr %".385", align 4
  %".389" = mul i64 2, %"ldc"
  %".390" = add i64 %".389", 0
  %".391" = getelementptr inbounds float, ptr %"c", i64 %".390"
  %".392" = load <8 x float>, ptr %".391", align 4
  %".393" = fadd reassoc contract nsz <8 x float> %".392", %".303"
  store <8 x float> %".393", ptr %".391", align 4
  %".395" = mul i64 2, %"ldc"
  %".396" = add i64 %".395", 8
  %".397" = getelementptr inbounds float, ptr %"c", i64 %".396"
  %".398" = load <8 x float>, ptr %".397", align 4
  %".399" = fadd reassoc contract nsz <8 x float> %".398", %".304"
  store <8 x float> %".399", ptr %".397", align 4
  %".401" = mul i64 3, %"ldc"
  %".402" = add i64 %".401", 0
  %".403" = getelementptr inbounds float, ptr %"c", i64 %".402"
  %".404" = load <8 x float>, ptr %".403", align 4
  %".405" = fadd reassoc contract nsz <8 x float> %".404", %".305"
  store <8 x float> %".405", ptr %".403", align 4
  %".407" = mul i64 3, %"ldc"
  %".408" = add i64 %".407", 8
  %".409" = getelementptr inbounds float, ptr %"c", i64 %".408"
  %".410" = load <8 x float>, ptr %".409", align 4
  %".411" = fadd reassoc contract nsz <8 x float> %".410", %".306"
  store <8 x float> %".411", ptr %".409", align 4
  %".413" = mul i64 4, %"ldc"
  %".414" = add i64 %".413", 0
  %".415" = getelementptr inbounds float, ptr %"c", i64 %".414"
  %".416" = load <8 x float>, ptr %".415", align 4
  %".417" = fadd reassoc contract nsz <8 x float> %".416", %".307"
  store <8 x float> %".417", ptr %".415", align 4
  %".419" = mul i64 4, %"ldc"
  %".420" = add i64 %".419", 8
  %".421" = getelementptr inbounds float, ptr %"c", i64 %".420"
  %".422" = load <8 x float>, ptr %".421", align 4
  %".423" = fadd reassoc contract nsz <8 x float> %".422", %".308"
  store <8 x float> %".423", ptr %".421", align 4
  %".425" = mul i64 5, %"ldc"
  %".426" = add i64 %".425", 0
  %".427" = getelementptr inbounds float, ptr %"c", i64 %".426"
  %".428" = load <8 x float>, ptr %".427", align 4
  %".429" = fadd reassoc contract nsz <8 x float> %".428", %".309"
  store <8 x float> %".429", ptr %".427", align 4
  %".431" = mul i64 5, %"ldc"
  %".432" = add i64 %".431", 8
  %".433" = getelementptr inbounds float, ptr %"c", i64 %".432"
  %".434" = load <8 x float>, ptr %".433", align 4
  %".435" = fadd reassoc contract nsz <8 x float> %".434", %".310"
  store <8 x float> %".435", ptr %".433", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".444" = mul i64 5, %"ldc"
  %".445" = add i64 %".444", 0
  %".446" = getelementptr inbounds float, ptr %"c", i64 %".445"
  %".447" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".446", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".448" = fadd reassoc contract nsz <8 x float> %".447", %".309"
  %".449" = select  i1 %"first", <8 x float> %".309", <8 x float> %".448"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".449", ptr %".446", i32 4, <8 x i1> %".441")
  %".451" = mul i64 5, %"ldc"
  %".452" = add i64 %".451", 8
  %".453" = getelementptr inbounds float, ptr %"c", i64 %".452"
  %".454" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".453", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".455" = fadd reassoc contract nsz <8 x float> %".454", %".310"
  %".456" = select  i1 %"first", <8 x float> %".310", <8 x float> %".455"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".456", ptr %".453", i32 4, <8 x i1> %".442")
  br label %"row1"
row1:
  %".459" = mul i64 4, %"ldc"
  %".460" = add i64 %".459", 0
  %".461" = getelementptr inbounds float, ptr %"c", i64 %".460"
  %".462" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".461", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".463" = fadd reassoc contract nsz <8 x float> %".462", %".307"
  %".464" = select  i1 %"first", <8 x float> %".307", <8 x float> %".463"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".464", ptr %".461", i32 4, <8 x i1> %".441")
  %".466" = mul i64 4, %"ldc"
  %".467" = add i64 %".466", 8
  %".468" = getelementptr inbounds float, ptr %"c", i64 %".467"
  %".469" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".468", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".470" = fadd reassoc contract nsz <8 x float> %".469", %".308"
  %".471" = select  i1 %"first", <8 x float> %".308", <8 x float> %".470"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".471", ptr %".468", i32 4, <8 x i1> %".442")
  br label %"row2"
row2:
  %".474" = mul i64 3, %"ldc"
  %".475" = add i64 %".474", 0
  %".476" = getelementptr inbounds float, ptr %"c", i64 %".475"
  %".477" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".476", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".478" = fadd reassoc contract nsz <8 x float> %".477", %".305"
  %".479" = select  i1 %"first", <8 x float> %".305", <8 x float> %".478"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".479", ptr %".476", i32 4, <8 x i1> %".441")
  %".481" = mul i64 3, %"ldc"
  %".482" = add i64 %".481", 8
  %".483" = getelementptr inbounds float, ptr %"c", i64 %".482"
  %".484" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".483", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".485" = fadd reassoc contract nsz <8 x float> %".484", %".306"
  %".486" = select  i1 %"first", <8 x float> %".306", <8 x float> %".485"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".486", ptr %".483", i32 4, <8 x i1> %".442")
  br label %"row3"
row3:
  %".489" = mul i64 2, %"ldc"
  %".490" = add i64 %".489", 0
  %".491" = getelementptr inbounds float, ptr %"c", i64 %".490"
  %".492" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".491", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".493" = fadd reassoc contract nsz <8 x float> %".492", %".303"
  %".494" = select  i1 %"first", <8 x float> %".303", <8 x float> %".493"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".494", ptr %".491", i32 4, <8 x i1> %".441")
  %".496" = mul i64 2, %"ldc"
  %".497" = add i64 %".496", 8
  %".498" = getelementptr inbounds float, ptr %"c", i64 %".497"
  %".499" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".498", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".500" = fadd reassoc contract nsz <8 x float> %".499", %".304"
  %".501" = select  i1 %"first", <8 x float> %".304", <8 x float> %".500"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".501", ptr %".498", i32 4, <8 x i1> %".442")
  br label %"row4"
row4:
  %".504" = mul i64 1, %"ldc"
  %".505" = add i64 %".504", 0
  %".506" = getelementptr inbounds float, ptr %"c", i64 %".505"
  %".507" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".506", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".508" = fadd reassoc contract nsz <8 x float> %".507", %".301"
  %".509" = select  i1 %"first", <8 x float> %".301", <8 x float> %".508"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".509", ptr %".506", i32 4, <8 x i1> %".441")
  %".511" = mul i64 1, %"ldc"
  %".512" = add i64 %".511", 8
  %".513" = getelementptr inbounds float, ptr %"c", i64 %".512"
  %".514" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".513", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".515" = fadd reassoc contract nsz <8 x float> %".514", %".302"
  %".516" = select  i1 %"first", <8 x float> %".302", <8 x float> %".515"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".516", ptr %".513", i32 4, <8 x i1> %".442")
  br label %"row5"
row5:
  %".519" = mul i64 0, %"ldc"
  %".520" = add i64 %".519", 0
  %".521" = getelementptr inbounds float, ptr %"c", i64 %".520"
  %".522" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".521", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".523" = fadd reassoc contract nsz <8 x float> %".522", %".299"
  %".524" = select  i1 %"first", <8 x float> %".299", <8 x float> %".523"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".524", ptr %".521", i32 4, <8 x i1> %".441")
  %".526" = mul i64 0, %"ldc"
  %".527" = add i64 %".526", 8
  %".528" = getelementptr inbounds float, ptr %"c", i64 %".527"
  %".529" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".528", i32 4, <8 x i1> %".442", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".530" = fadd reassoc contract nsz <8 x float> %".529", %".300"
  %".531" = select  i1 %"first", <8 x float> %".300", <8 x float> %".530"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".531", ptr %".528", i32 4, <8 x i1> %".442")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel3"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first")
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".133", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".117", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".118", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".124", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".125", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".131", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".132", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 16
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <8 x float>, ptr %".16", align 32
  %".18" = add i64 %".14", 8
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <8 x float>, ptr %".19", align 32
  %".21" = mul i64 %".13", 6
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <8 x float> %".25", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".17", <8 x float> %"acc0")
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".20", <8 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".17", <8 x float> %"acc2")
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".20", <8 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <8 x float> %".39", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".17", <8 x float> %"acc4")
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".20", <8 x float> %"acc5")
  %".43" = add i64 %"k", 1
  %".44" = mul i64 %".43", 16
  %".45" = add i64 %".44", 0
  %".46" = getelementptr inbounds float, ptr %"bp", i64 %".45"
  %".47" = load <8 x float>, ptr %".46", align 32
  %".48" = add i64 %".44", 8
  %".49" = getelementptr inbounds float, ptr %"bp", i64 %".48"
  %".50" = load <8 x float>, ptr %".49", align 32
  %".51" = mul i64 %".43", 6
  %".52" = add i64 %".51", 0
  %".53" = getelementptr inbounds float, ptr %"ap", i64 %".52"
  %".54" = load float, ptr %".53"
  %".55" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".54", i32 0
  %".56" = shufflevector <8 x float> %".55", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".57" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".56", <8 x float> %".47", <8 x float> %".27")
  %".58" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".56", <8 x float> %".50", <8 x float> %".28")
  %".59" = add i64 %".51", 1
  %".60" = getelementptr inbounds float, ptr %"ap", i64 %".59"
  %".61" = load float, ptr %".60"
  %".62" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".61", i32 0
  %".63" = shufflevector <8 x float> %".62", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".64" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".63", <8 x float> %".47", <8 x float> %".34")
  %".65" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".63", <8 x float> %".50", <8 x float> %".35")
  %".66" = add i64 %".51", 2
  %".67" = getelementptr inbounds float, ptr %"ap", i64 %".66"
  %".68" = load float, ptr %".67"
  %".69" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <8 x float> %".69", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".47", <8 x float> %".41")
  %".72" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".50", <8 x float> %".42")
  %".73" = add i64 %"k", 2
  %".74" = mul i64 %".73", 16
  %".75" = add i64 %".74", 0
  %".76" = getelementptr inbounds float, ptr %"bp", i64 %".75"
  %".77" = load <8 x float>, ptr %".76", align 32
  %".78" = add i64 %".74", 8
  %".79" = getelementptr inbounds float, ptr %"bp", i64 %".78"
  %".80" = load <8 x float>, ptr %".79", align 32
  %".81" = mul i64 %".73", 6
  %".82" = add i64 %".81", 0
  %".83" = getelementptr inbounds float, ptr %"ap", i64 %".82"
  %".84" = load float, ptr %".83"
  %".85" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".84", i32 0
  %".86" = shufflevector <8 x float> %".85", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".87" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".77", <8 x float> %".57")
  %".88" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".80", <8 x float> %".58")
  %".89" = add i64 %".81", 1
  %".90" = getelementptr inbounds float, ptr %"ap", i64 %".89"
  %".91" = load float, ptr %".90"
  %".92" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".91", i32 0
  %".93" = shufflevector <8 x float> %".92", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".77", <8 x float> %".64")
  %".95" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".80", <8 x float> %".65")
  %".96" = add i64 %".81", 2
  %".97" = getelementptr inbounds float, ptr %"ap", i64 %".96"
  %".98" = load float, ptr %".97"
  %".99" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <8 x float> %".99", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".77", <8 x float> %".71")
  %".102" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".80", <8 x float> %".72")
  %".103" = add i64 %"k", 3
  %".104" = mul i64 %".103", 16
  %".105" = add i64 %".104", 0
  %".106" = getelementptr inbounds float, ptr %"bp", i64 %".105"
  %".107" = load <8 x float>, ptr %".106", align 32
  %".108" = add i64 %".104", 8
  %".109" = getelementptr inbounds float, ptr %"bp", i64 %".108"
  %".110" = load <8 x float>, ptr %".109", align 32
  %".111" = mul i64 %".103", 6
  %".112" = add i64 %".111", 0
  %".113" = getelementptr inbounds float, ptr %"ap", i64 %".112"
  %".114" = load float, ptr %".113"
  %".115" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".114", i32 0
  %".116" = shufflevector <8 x float> %".115", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".117" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".116", <8 x float> %".107", <8 x float> %".87")
  %".118" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".116", <8 x float> %".110", <8 x float> %".88")
  %".119" = add i64 %".111", 1
  %".120" = getelementptr inbounds float, ptr %"ap", i64 %".119"
  %".121" = load float, ptr %".120"
  %".122" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".121", i32 0
  %".123" = shufflevector <8 x float> %".122", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".124" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".123", <8 x float> %".107", <8 x float> %".94")
  %".125" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".123", <8 x float> %".110", <8 x float> %".95")
  %".126" = add i64 %".111", 2
  %".127" = getelementptr inbounds float, ptr %"ap", i64 %".126"
  %".128" = load float, ptr %".127"
  %".129" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".128", i32 0
  %".130" = shufflevector <8 x float> %".129", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".131" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".130", <8 x float> %".107", <8 x float> %".101")
  %".132" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".130", <8 x float> %".110", <8 x float> %".102")
  %".133" = add i64 %"k", 4
  %".134" = icmp slt i64 %".133", %".10"
  br i1 %".134", label %"main", label %"mid"
mid:
  %".136" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".117", %"main"]
  %".137" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".118", %"main"]
  %".138" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".124", %"main"]
  %".139" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".125", %"main"]
  %".140" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".131", %"main"]
  %".141" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".132", %"main"]
  %".142" = icmp slt i64 %".10", %"kc"
  br i1 %".142", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".179", %"rem"]
  %".144" = phi  <8 x float> [%".136", %"mid"], [%".163", %"rem"]
  %".145" = phi  <8 x float> [%".137", %"mid"], [%".164", %"rem"]
  %".146" = phi  <8 x float> [%".138", %"mid"], [%".170", %"rem"]
  %".147" = phi  <8 x float> [%".139", %"mid"], [%".171", %"rem"]
  %".148" = phi  <8 x float> [%".140", %"mid"], [%".177", %"rem"]
  %".149" = phi  <8 x float> [%".141", %"mid"], [%".178", %"rem"]
  %".150" = mul i64 %"k1", 16
  %".151" = add i64 %".150", 0
  %".152" = getelementptr inbounds float, ptr %"bp", i64 %".151"
  %".153" = load <8 x float>, ptr %".152", align 32
  %".154" = add i64 %".150", 8
  %".155" = getelementptr inbounds float, ptr %"bp", i64 %".154"
  %".156" = load <8 x float>, ptr %".155", align 32
  %".157" = mul i64 %"k1", 6
  %".158" = add i64 %".157", 0
  %".159" = getelementptr inbounds float, ptr %"ap", i64 %".158"
  %".160" = load float, ptr %".159"
  %".161" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".160", i32 0
  %".162" = shufflevector <8 x float> %".161", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".163" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".153", <8 x float> %".144")
  %".164" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".156", <8 x float> %".145")
  %".165" = add i64 %".157", 1
  %".166" = getelementptr inbounds float, ptr %"ap", i64 %".165"
  %".167" = load float, ptr %".166"
  %".168" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".167", i32 0
  %".169" = shufflevector <8 x float> %".168", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".170" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".153", <8 x float> %".146")
  %".171" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".156", <8 x float> %".147")
  %".172" = add i64 %".157", 2
  %".173" = getelementptr inbounds float, ptr %"ap", i64 %".172"
  %".174" = load float, ptr %".173"
  %".175" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".174", i32 0
  %".176" = shufflevector <8 x float> %".175", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".177" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".176", <8 x float> %".153", <8 x float> %".148")
  %".178" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".176", <8 x float> %".156", <8 x float> %".149")
  %".179" = add i64 %"k1", 1
  %".180" = icmp slt i64 %".179", %"kc"
  br i1 %".180", label %"rem", label %"tail"
tail:
  %".182" = phi  <8 x float> [%".136", %"mid"], [%".163", %"rem"]
  %".183" = phi  <8 x float> [%".137", %"mid"], [%".164", %"rem"]
  %".184" = phi  <8 x float> [%".138", %"mid"], [%".170", %"rem"]
  %".185" = phi  <8 x float> [%".139", %"mid"], [%".171", %"rem"]
  %".186" = phi  <8 x float> [%".140", %"mid"], [%".177", %"rem"]
  %".187" = phi  <8 x float> [%".141", %"mid"], [%".178", %"rem"]
  %".188" = icmp eq i64 %"mr", 3
  %".189" = icmp eq i64 %"nr", 16
  %".190" = and i1 %".188", %".189"
  br i1 %".190", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".256" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".257" = shufflevector <8 x i64> %".256", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".258" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".257"
  %".259" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".257"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row2" i64 2, label %"row1" i64 3, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".193" = mul i64 0, %"ldc"
  %".194" = add i64 %".193", 0
  %".195" = getelementptr inbounds float, ptr %"c", i64 %".194"
  store <8 x float> %".182", ptr %".195", align 4
  %".197" = mul i64 0, %"ldc"
  %".198" = add i64 %".197", 8
  %".199" = getelementptr inbounds float, ptr %"c", i64 %".198"
  store <8 x float> %".183", ptr %".199", align 4
  %".201" = mul i64 1, %"ldc"
  %".202" = add i64 %".201", 0
  %".203" = getelementptr inbounds float, ptr %"c", i64 %".202"
  store <8 x float> %".184", ptr %".203", align 4
  %".205" = mul i64 1, %"ldc"
  %".206" = add i64 %".205", 8
  %".207" = getelementptr inbounds float, ptr %"c", i64 %".206"
  store <8 x float> %".185", ptr %".207", align 4
  %".209" = mul i64 2, %"ldc"
  %".210" = add i64 %".209", 0
  %".211" = getelementptr inbounds float, ptr %"c", i64 %".210"
  store <8 x float> %".186", ptr %".211", align 4
  %".213" = mul i64 2, %"ldc"
  %".214" = add i64 %".213", 8
  %".215" = getelementptr inbounds float, ptr %"c", i64 %".214"
  store <8 x float> %".187", ptr %".215", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".218" = mul i64 0, %"ldc"
  %".219" = add i64 %".218", 0
  %".220" = getelementptr inbounds float, ptr %"c", i64 %".219"
  %".221" = load <8 x float>, ptr %".220", align 4
  %".222" = fadd reassoc contract nsz <8 x float> %".221", %".182"
  store <8 x float> %".222", ptr %".220", align 4
  %".224" = mul i64 0, %"ldc"
  %".225" = add i64 %".224", 8
  %".226" = getelementptr inbounds float, ptr %"c", i64 %".225"
  %".227" = load <8 x float>, ptr %".226", align 4
  %".228" = fadd reassoc contract nsz <8 x float> %".227", %".183"
  store <8 x float> %".228", ptr %".226", align 4
  %".230" = mul i64 1, %"ldc"
  %".231" = add i64 %".230", 0
  %".232" = getelementptr inbounds float, ptr %"c", i64 %".231"
  %".233" = load <8 x float>, ptr %".232", align 4
  %".234" = fadd reassoc contract nsz <8 x float> %".233", %".184"
  store <8 x float> %".234", ptr %".232", align 4
  %".236" = mul i64 1, %"ldc"
  %".237" = add i64 %".236", 8
  %".238" = getelementptr inbounds float, ptr %"c", i64 %".237"
  %".239" = load <8 x float>, ptr %".238", align 4
  %".240" = fadd reassoc contract nsz <8 x float> %".239", %".185"
  store <8 x float> %".240", ptr %".238", align 4
  %".242" = mul i64 2, %"ldc"
  %".243" = add i64 %".242", 0
  %".244" = getelementptr inbounds float, ptr %"c", i64 %".243"
  %".245" = load <8 x float>, ptr %".244", align 4
  %".246" = fadd reassoc contract nsz <8 x float> %".245", %".186"
  store <8 x float> %".246", ptr %".244", align 4
  %".248" = mul i64 2, %"ldc"
  %".249" = add i64 %".248", 8
  %".250" = getelementptr inbounds float, ptr %"c", i64 %".249"
  %".251" = load <8 x float>, ptr %".250", align 4
  %".252" = fadd reassoc contract nsz <8 x float> %".251", %".187"
  store <8 x float> %".252", ptr %".250", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".261" = mul i64 2, %"ldc"
  %".262" = add i64 %".261", 0
  %".263" = getelementptr inbounds float, ptr %"c", i64 %".262"
  %".264" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".263", i32 4, <8 x i1> %".258", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".265" = fadd reassoc contract nsz <8 x float> %".264", %".186"
  %".266" = select  i1 %"first", <8 x float> %".186", <8 x float> %".265"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".266", ptr %".263", i32 4, <8 x i1> %".258")
  %".268" = mul i64 2, %"ldc"
  %".269" = add i64 %".268", 8
  %".270" = getelementptr inbounds float, ptr %"c", i64 %".269"
  %".271" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".270", i32 4, <8 x i1> %".259", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".272" = fadd reassoc contract nsz <8 x float> %".271", %".187"
  %".273" = select  i1 %"first", <8 x float> %".187", <8 x float> %".272"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".273", ptr %".270", i32 4, <8 x i1> %".259")
  br label %"row1"
row1:
  %".276" = mul i64 1, %"ldc"
  %".277" = add i64 %".276", 0
  %".278" = getelementptr inbounds float, ptr %"c", i64 %".277"
  %".279" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".278", i32 4, <8 x i1> %".258", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".280" = fadd reassoc contract nsz <8 x float> %".279", %".184"
  %".281" = select  i1 %"first", <8 x float> %".184", <8 x float> %".280"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".281", ptr %".278", i32 4, <8 x i1> %".258")
  %".283" = mul i64 1, %"ldc"
  %".284" = add i64 %".283", 8
  %".285" = getelementptr inbounds float, ptr %"c", i64 %".284"
  %".286" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".285", i32 4, <8 x i1> %".259", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".287" = fadd reassoc contract nsz <8 x float> %".286", %".185"
  %".288" = select  i1 %"first", <8 x float> %".185", <8 x float> %".287"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".288", ptr %".285", i32 4, <8 x i1> %".259")
  br label %"row2"
row2:
  %".291" = mul i64 0, %"ldc"
  %".292" = add i64 %".291", 0
  %".293" = getelementptr inbounds float, ptr %"c", i64 %".292"
  %".294" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".293", i32 4, <8 x i1> %".258", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".295" = fadd reassoc contract nsz <8 x float> %".294", %".182"
  %".296" = select  i1 %"first", <8 x float> %".182", <8 x float> %".295"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".296", ptr %".293", i32 4, <8 x i1> %".258")
  %".298" = mul i64 0, %"ldc"
  %".299" = add i64 %".298", 8
  %".300" = getelementptr inbounds float, ptr %"c", i64 %".299"
  %".301" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".300", i32 4, <8 x i1> %".259", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".302" = fadd reassoc contract nsz <8 x float> %".301", %".183"
  %".303" = select  i1 %"first", <8 x float> %".183", <8 x float> %".302"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".303", ptr %".300", i32 4, <8 x i1> %".259")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel2"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first")
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".105", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".96", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".97", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".103", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".104", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 16
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <8 x float>, ptr %".16", align 32
  %".18" = add i64 %".14", 8
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <8 x float>, ptr %".19", align 32
  %".21" = mul i64 %".13", 6
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <8 x float> %".25", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".17", <8 x float> %"acc0")
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".20", <8 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".17", <8 x float> %"acc2")
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".20", <8 x float> %"acc3")
  %".36" = add i64 %"k", 1
  %".37" = mul i64 %".36", 16
  %".38" = add i64 %".37", 0
  %".39" = getelementptr inbounds float, ptr %"bp", i64 %".38"
  %".40" = load <8 x float>, ptr %".39", align 32
  %".41" = add i64 %".37", 8
  %".42" = getelementptr inbounds float, ptr %"bp", i64 %".41"
  %".43" = load <8 x float>, ptr %".42", align 32
  %".44" = mul i64 %".36", 6
  %".45" = add i64 %".44", 0
  %".46" = getelementptr inbounds float, ptr %"ap", i64 %".45"
  %".47" = load float, ptr %".46"
  %".48" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".47", i32 0
  %".49" = shufflevector <8 x float> %".48", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".50" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".49", <8 x float> %".40", <8 x float> %".27")
  %".51" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".49", <8 x float> %".43", <8 x float> %".28")
  %".52" = add i64 %".44", 1
  %".53" = getelementptr inbounds float, ptr %"ap", i64 %".52"
  %".54" = load float, ptr %".53"
  %".55" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".54", i32 0
  %".56" = shufflevector <8 x float> %".55", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".57" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".56", <8 x float> %".40", <8 x float> %".34")
  %".58" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".56", <8 x float> %".43", <8 x float> %".35")
  %".59" = add i64 %"k", 2
  %".60" = mul i64 %".59", 16
  %".61" = add i64 %".60", 0
  %".62" = getelementptr inbounds float, ptr %"bp", i64 %".61"
  %".63" = load <8 x float>, ptr %".62", align 32
  %".64" = add i64 %".60", 8
  %".65" = getelementptr inbounds float, ptr %"bp", i64 %".64"
  %".66" = load <8 x float>, ptr %".65", align 32
  %".67" = mul i64 %".59", 6
  %".68" = add i64 %".67", 0
  %".69" = getelementptr inbounds float, ptr %"ap", i64 %".68"
  %".70" = load float, ptr %".69"
  %".71" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".70", i32 0
  %".72" = shufflevector <8 x float> %".71", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".73" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".72", <8 x float> %".63", <8 x float> %".50")
  %".74" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".72", <8 x float> %".66", <8 x float> %".51")
  %".75" = add i64 %".67", 1
  %".76" = getelementptr inbounds float, ptr %"ap", i64 %".75"
  %".77" = load float, ptr %".76"
  %".78" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".77", i32 0
  %".79" = shufflevector <8 x float> %".78", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".80" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".79", <8 x float> %".63", <8 x float> %".57")
  %".81" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".79", <8 x float> %".66", <8 x float> %".58")
  %".82" = add i64 %"k", 3
  %".83" = mul i64 %".82", 16
  %".84" = add i64 %".83", 0
  %".85" = getelementptr inbounds float, ptr %"bp", i64 %".84"
  %".86" = load <8 x float>, ptr %".85", align 32
  %".87" = add i64 %".83", 8
  %".88" = getelementptr inbounds float, ptr %"bp", i64 %".87"
  %".89" = load <8 x float>, ptr %".88", align 32
  %".90" = mul i64 %".82", 6
  %".91" = add i64 %".90", 0
  %".92" = getelementptr inbounds float, ptr %"ap", i64 %".91"
  %".93" = load float, ptr %".92"
  %".94" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".93", i32 0
  %".95" = shufflevector <8 x float> %".94", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".96" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".86", <8 x float> %".73")
  %".97" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".89", <8 x float> %".74")
  %".98" = add i64 %".90", 1
  %".99" = getelementptr inbounds float, ptr %"ap", i64 %".98"
  %".100" = load float, ptr %".99"
  %".101" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".100", i32 0
  %".102" = shufflevector <8 x float> %".101", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".103" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".102", <8 x float> %".86", <8 x float> %".80")
  %".104" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".102", <8 x float> %".89", <8 x float> %".81")
  %".105" = add i64 %"k", 4
  %".106" = icmp slt i64 %".105", %".10"
  br i1 %".106", label %"main", label %"mid"
mid:
  %".108" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".96", %"main"]
  %".109" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".97", %"main"]
  %".110" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".103", %"main"]
  %".111" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".104", %"main"]
  %".112" = icmp slt i64 %".10", %"kc"
  br i1 %".112", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".140", %"rem"]
  %".114" = phi  <8 x float> [%".108", %"mid"], [%".131", %"rem"]
  %".115" = phi  <8 x float> [%".109", %"mid"], [%".132", %"rem"]
  %".116" = phi  <8 x float> [%".110", %"mid"], [%".138", %"rem"]
  %".117" = phi  <8 x float> [%".111", %"mid"], [%".139", %"rem"]
  %".118" = mul i64 %"k1", 16
  %".119" = add i64 %".118", 0
  %".120" = getelementptr inbounds float, ptr %"bp", i64 %".119"
  %".121" = load <8 x float>, ptr %".120", align 32
  %".122" = add i64 %".118", 8
  %".123" = getelementptr inbounds float, ptr %"bp", i64 %".122"
  %".124" = load <8 x float>, ptr %".123", align 32
  %".125" = mul i64 %"k1", 6
  %".126" = add i64 %".125", 0
  %".127" = getelementptr inbounds float, ptr %"ap", i64 %".126"
  %".128" = load float, ptr %".127"
  %".129" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".128", i32 0
  %".130" = shufflevector <8 x float> %".129", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".131" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".130", <8 x float> %".121", <8 x float> %".114")
  %".132" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".130", <8 x float> %".124", <8 x float> %".115")
  %".133" = add i64 %".125", 1
  %".134" = getelementptr inbounds float, ptr %"ap", i64 %".133"
  %".135" = load float, ptr %".134"
  %".136" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".135", i32 0
  %".137" = shufflevector <8 x float> %".136", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".137", <8 x float> %".121", <8 x float> %".116")
  %".139" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".137", <8 x float> %".124", <8 x float> %".117")
  %".140" = add i64 %"k1", 1
  %".141" = icmp slt i64 %".140", %"kc"
  br i1 %".141", label %"rem", label %"tail"
tail:
  %".143" = phi  <8 x float> [%".108", %"mid"], [%".131", %"rem"]
  %".144" = phi  <8 x float> [%".109", %"mid"], [%".132", %"rem"]
  %".145" = phi  <8 x float> [%".110", %"mid"], [%".138", %"rem"]
  %".146" = phi  <8 x float> [%".111", %"mid"], [%".139", %"rem"]
  %".147" = icmp eq i64 %"mr", 2
  %".148" = icmp eq i64 %"nr", 16
  %".149" = and i1 %".147", %".148"
  br i1 %".149", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".195" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".196" = shufflevector <8 x i64> %".195", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".197" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".196"
  %".198" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".196"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row1" i64 2, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".152" = mul i64 0, %"ldc"
  %".153" = add i64 %".152", 0
  %".154" = getelementptr inbounds float, ptr %"c", i64 %".153"
  store <8 x float> %".143", ptr %".154", align 4
  %".156" = mul i64 0, %"ldc"
  %".157" = add i64 %".156", 8
  %".158" = getelementptr inbounds float, ptr %"c", i64 %".157"
  store <8 x float> %".144", ptr %".158", align 4
  %".160" = mul i64 1, %"ldc"
  %".161" = add i64 %".160", 0
  %".162" = getelementptr inbounds float, ptr %"c", i64 %".161"
  store <8 x float> %".145", ptr %".162", align 4
  %".164" = mul i64 1, %"ldc"
  %".165" = add i64 %".164", 8
  %".166" = getelementptr inbounds float, ptr %"c", i64 %".165"
  store <8 x float> %".146", ptr %".166", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".169" = mul i64 0, %"ldc"
  %".170" = add i64 %".169", 0
  %".171" = getelementptr inbounds float, ptr %"c", i64 %".170"
  %".172" = load <8 x float>, ptr %".171", align 4
  %".173" = fadd reassoc contract nsz <8 x float> %".172", %".143"
  store <8 x float> %".173", ptr %".171", align 4
  %".175" = mul i64 0, %"ldc"
  %".176" = add i64 %".175", 8
  %".177" = getelementptr inbounds float, ptr %"c", i64 %".176"
  %".178" = load <8 x float>, ptr %".177", align 4
  %".179" = fadd reassoc contract nsz <8 x float> %".178", %".144"
  store <8 x float> %".179", ptr %".177", align 4
  %".181" = mul i64 1, %"ldc"
  %".182" = add i64 %".181", 0
  %".183" = getelementptr inbounds float, ptr %"c", i64 %".182"
  %".184" = load <8 x float>, ptr %".183", align 4
  %".185" = fadd reassoc contract nsz <8 x float> %".184", %".145"
  store <8 x float> %".185", ptr %".183", align 4
  %".187" = mul i64 1, %"ldc"
  %".188" = add i64 %".187", 8
  %".189" = getelementptr inbounds float, ptr %"c", i64 %".188"
  %".190" = load <8 x float>, ptr %".189", align 4
  %".191" = fadd reassoc contract nsz <8 x float> %".190", %".146"
  store <8 x float> %".191", ptr %".189", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".200" = mul i64 1, %"ldc"
  %".201" = add i64 %".200", 0
  %".202" = getelementptr inbounds float, ptr %"c", i64 %".201"
  %".203" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".202", i32 4, <8 x i1> %".197", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".204" = fadd reassoc contract nsz <8 x float> %".203", %".145"
  %".205" = select  i1 %"first", <8 x float> %".145", <8 x float> %".204"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".205", ptr %".202", i32 4, <8 x i1> %".197")
  %".207" = mul i64 1, %"ldc"
  %".208" = add i64 %".207", 8
  %".209" = getelementptr inbounds float, ptr %"c", i64 %".208"
  %".210" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".209", i32 4, <8 x i1> %".198", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".211" = fadd reassoc contract nsz <8 x float> %".210", %".146"
  %".212" = select  i1 %"first", <8 x float> %".146", <8 x float> %".211"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".212", ptr %".209", i32 4, <8 x i1> %".198")
  br label %"row1"
row1:
  %".215" = mul i64 0, %"ldc"
  %".216" = add i64 %".215", 0
  %".217" = getelementptr inbounds float, ptr %"c", i64 %".216"
  %".218" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".217", i32 4, <8 x i1> %".197", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".219" = fadd reassoc contract nsz <8 x float> %".218", %".143"
  %".220" = select  i1 %"first", <8 x float> %".143", <8 x float> %".219"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".220", ptr %".217", i32 4, <8 x i1> %".197")
  %".222" = mul i64 0, %"ldc"
  %".223" = add i64 %".222", 8
  %".224" = getelementptr inbounds float, ptr %"c", i64 %".223"
  %".225" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".224", i32 4, <8 x i1> %".198", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".226" = fadd reassoc contract nsz <8 x float> %".225", %".144"
  %".227" = select  i1 %"first", <8 x float> %".144", <8 x float> %".226"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".227", ptr %".224", i32 4, <8 x i1> %".198")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel4"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first")
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".161", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".138", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".139", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".145", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".146", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".152", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".153", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".159", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".160", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 16
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <8 x float>, ptr %".16", align 32
  %".18" = add i64 %".14", 8
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <8 x float>, ptr %".19", align 32
  %".21" = mul i64 %".13", 6
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <8 x float> %".25", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".17", <8 x float> %"acc0")
  %".28" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".26", <8 x float> %".20", <8 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".17", <8 x float> %"acc2")
  %".35" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".20", <8 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <8 x float> %".39", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".17", <8 x float> %"acc4")
  %".42" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".20", <8 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <8 x float> %".46", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".47", <8 x float> %".17", <8 x float> %"acc6")
  %".49" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".47", <8 x float> %".20", <8 x float> %"acc7")
  %".50" = add i64 %"k", 1
  %".51" = mul i64 %".50", 16
  %".52" = add i64 %".51", 0
  %".53" = getelementptr inbounds float, ptr %"bp", i64 %".52"
  %".54" = load <8 x float>, ptr %".53", align 32
  %".55" = add i64 %".51", 8
  %".56" = getelementptr inbounds float, ptr %"bp", i64 %".55"
  %".57" = load <8 x float>, ptr %".56", align 32
  %".58" = mul i64 %".50", 6
  %".59" = add i64 %".58", 0
  %".60" = getelementptr inbounds float, ptr %"ap", i64 %".59"
  %".61" = load float, ptr %".60"
  %".62" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".61", i32 0
  %".63" = shufflevector <8 x float> %".62", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".64" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".63", <8 x float> %".54", <8 x float> %".27")
  %".65" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".63", <8 x float> %".57", <8 x float> %".28")
  %".66" = add i64 %".58", 1
  %".67" = getelementptr inbounds float, ptr %"ap", i64 %".66"
  %".68" = load float, ptr %".67"
  %".69" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <8 x float> %".69", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".54", <8 x float> %".34")
  %".72" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".57", <8 x float> %".35")
  %".73" = add i64 %".58", 2
  %".74" = getelementptr inbounds float, ptr %"ap", i64 %".73"
  %".75" = load float, ptr %".74"
  %".76" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <8 x float> %".76", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".54", <8 x float> %".41")
  %".79" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".57", <8 x float> %".42")
  %".80" = add i64 %".58", 3
  %".81" = getelementptr inbounds float, ptr %"ap", i64 %".80"
  %".82" = load float, ptr %".81"
  %".83" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <8 x float> %".83", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".54", <8 x float> %".48")
  %".86" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".57", <8 x float> %".49")
  %".87" = add i64 %"k", 2
  %".88" = mul i64 %".87", 16
  %".89" = add i64 %".88", 0
  %".90" = getelementptr inbounds float, ptr %"bp", i64 %".89"
  %".91" = load <8 x float>, ptr %".90", align 32
  %".92" = add i64 %".88", 8
  %".93" = getelementptr inbounds float, ptr %"bp", i64 %".92"
  %".94" = load <8 x float>, ptr %".93", align 32
  %".95" = mul i64 %".87", 6
  %".96" = add i64 %".95", 0
  %".97" = getelementptr inbounds float, ptr %"ap", i64 %".96"
  %".98" = load float, ptr %".97"
  %".99" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <8 x float> %".99", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".91", <8 x float> %".64")
  %".102" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".94", <8 x float> %".65")
  %".103" = add i64 %".95", 1
  %".104" = getelementptr inbounds float, ptr %"ap", i64 %".103"
  %".105" = load float, ptr %".104"
  %".106" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".105", i32 0
  %".107" = shufflevector <8 x float> %".106", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".108" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".91", <8 x float> %".71")
  %".109" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".94", <8 x float> %".72")
  %".110" = add i64 %".95", 2
  %".111" = getelementptr inbounds float, ptr %"ap", i64 %".110"
  %".112" = load float, ptr %".111"
  %".113" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".112", i32 0
  %".114" = shufflevector <8 x float> %".113", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".115" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".91", <8 x float> %".78")
  %".116" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".94", <8 x float> %".79")
  %".117" = add i64 %".95", 3
  %".118" = getelementptr inbounds float, ptr %"ap", i64 %".117"
  %".119" = load float, ptr %".118"
  %".120" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".119", i32 0
  %".121" = shufflevector <8 x float> %".120", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".122" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".91", <8 x float> %".85")
  %".123" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".94", <8 x float> %".86")
  %".124" = add i64 %"k", 3
  %".125" = mul i64 %".124", 16
  %".126" = add i64 %".125", 0
  %".127" = getelementptr inbounds float, ptr %"bp", i64 %".126"
  %".128" = load <8 x float>, ptr %".127", align 32
  %".129" = add i64 %".125", 8
  %".130" = getelementptr inbounds float, ptr %"bp", i64 %".129"
  %".131" = load <8 x float>, ptr %".130", align 32
  %".132" = mul i64 %".124", 6
  %".133" = add i64 %".132", 0
  %".134" = getelementptr inbounds float, ptr %"ap", i64 %".133"
  %".135" = load float, ptr %".134"
  %".136" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".135", i32 0
  %".137" = shufflevector <8 x float> %".136", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".137", <8 x float> %".128", <8 x float> %".101")
  %".139" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".137", <8 x float> %".131", <8 x float> %".102")
  %".140" = add i64 %".132", 1
  %".141" = getelementptr inbounds float, ptr %"ap", i64 %".140"
  %".142" = load float, ptr %".141"
  %".143" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".142", i32 0
  %".144" = shufflevector <8 x float> %".143", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".145" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".144", <8 x float> %".128", <8 x float> %".108")
  %".146" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".144", <8 x float> %".131", <8 x float> %".109")
  %".147" = add i64 %".132", 2
  %".148" = getelementptr inbounds float, ptr %"ap", i64 %".147"
  %".149" = load float, ptr %".148"
  %".150" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".149", i32 0
  %".151" = shufflevector <8 x float> %".150", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".152" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".151", <8 x float> %".128", <8 x float> %".115")
  %".153" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".151", <8 x float> %".131", <8 x float> %".116")
  %".154" = add i64 %".132", 3
  %".155" = getelementptr inbounds float, ptr %"ap", i64 %".154"
  %".156" = load float, ptr %".155"
  %".157" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".156", i32 0
  %".158" = shufflevector <8 x float> %".157", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".159" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".158", <8 x float> %".128", <8 x float> %".122")
  %".160" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".158", <8 x float> %".131", <8 x float> %".123")
  %".161" = add i64 %"k", 4
  %".162" = icmp slt i64 %".161", %".10"
  br i1 %".162", label %"main", label %"mid"
mid:
  %".164" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".138", %"main"]
  %".165" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".139", %"main"]
  %".166" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".145", %"main"]
  %".167" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".146", %"main"]
  %".168" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".152", %"main"]
  %".169" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".153", %"main"]
  %".170" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".159", %"main"]
  %".171" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".160", %"main"]
  %".172" = icmp slt i64 %".10", %"kc"
  br i1 %".172", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".218", %"rem"]
  %".174" = phi  <8 x float> [%".164", %"mid"], [%".195", %"rem"]
  %".175" = phi  <8 x float> [%".165", %"mid"], [%".196", %"rem"]
  %".176" = phi  <8 x float> [%".166", %"mid"], [%".202", %"rem"]
  %".177" = phi  <8 x float> [%".167", %"mid"], [%".203", %"rem"]
  %".178" = phi  <8 x float> [%".168", %"mid"], [%".209", %"rem"]
  %".179" = phi  <8 x float> [%".169", %"mid"], [%".210", %"rem"]
  %".180" = phi  <8 x float> [%".170", %"mid"], [%".216", %"rem"]
  %".181" = phi  <8 x float> [%".171", %"mid"], [%".217", %"rem"]
  %".182" = mul i64 %"k1", 16
  %".183" = add i64 %".182", 0
  %".184" = getelementptr inbounds float, ptr %"bp", i64 %".183"
  %".185" = load <8 x float>, ptr %".184", align 32
  %".186" = add i64 %".182", 8
  %".187" = getelementptr inbounds float, ptr %"bp", i64 %".186"
  %".188" = load <8 x float>, ptr %".187", align 32
  %".189" = mul i64 %"k1", 6
  %".190" = add i64 %".189", 0
  %".191" = getelementptr inbounds float, ptr %"ap", i64 %".190"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <8 x float> %".193", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".185", <8 x float> %".174")
  %".196" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".188", <8 x float> %".175")
  %".197" = add i64 %".189", 1
  %".198" = getelementptr inbounds float, ptr %"ap", i64 %".197"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <8 x float> %".200", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".185", <8 x float> %".176")
  %".203" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".188", <8 x float> %".177")
  %".204" = add i64 %".189", 2
  %".205" = getelementptr inbounds float, ptr %"ap", i64 %".204"
  %".206" = load float, ptr %".205"
  %".207" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <8 x float> %".207", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".185", <8 x float> %".178")
  %".210" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".188", <8 x float> %".179")
  %".211" = add i64 %".189", 3
  %".212" = getelementptr inbounds float, ptr %"ap", i64 %".211"
  %".213" = load float, ptr %".212"
  %".214" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <8 x float> %".214", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".185", <8 x float> %".180")
  %".217" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".188", <8 x float> %".181")
  %".218" = add i64 %"k1", 1
  %".219" = icmp slt i64 %".218", %"kc"
  br i1 %".219", label %"rem", label %"tail"
tail:
  %".221" = phi  <8 x float> [%".164", %"mid"], [%".195", %"rem"]
  %".222" = phi  <8 x float> [%".165", %"mid"], [%".196", %"rem"]
  %".223" = phi  <8 x float> [%".166", %"mid"], [%".202", %"rem"]
  %".224" = phi  <8 x float> [%".167", %"mid"], [%".203", %"rem"]
  %".225" = phi  <8 x float> [%".168", %"mid"], [%".209", %"rem"]
  %".226" = phi  <8 x float> [%".169", %"mid"], [%".210", %"rem"]
  %".227" = phi  <8 x float> [%".170", %"mid"], [%".216", %"rem"]
  %".228" = phi  <8 x float> [%".171", %"mid"], [%".217", %"rem"]
  %".229" = icmp eq i64 %"mr", 4
  %".230" = icmp eq i64 %"nr", 16
  %".231" = and i1 %".229", %".230"
  br i1 %".231", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".317" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".318" = shufflevector <8 x i64> %".317", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".319" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".318"
  %".320" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".318"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row3" i64 2, label %"row2" i64 3, label %"row1" i64 4, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".234" = mul i64 0, %"ldc"
  %".235" = add i64 %".234", 0
  %".236" = getelementptr inbounds float, ptr %"c", i64 %".235"
  store <8 x float> %".221", ptr %".236", align 4
  %".238" = mul i64 0, %"ldc"
  %".239" = add i64 %".238", 8
  %".240" = getelementptr inbounds float, ptr %"c", i64 %".239"
  store <8 x float> %".222", ptr %".240", align 4
  %".242" = mul i64 1, %"ldc"
  %".243" = add i64 %".242", 0
  %".244" = getelementptr inbounds float, ptr %"c", i64 %".243"
  store <8 x float> %".223", ptr %".244", align 4
  %".246" = mul i64 1, %"ldc"
  %".247" = add i64 %".246", 8
  %".248" = getelementptr inbounds float, ptr %"c", i64 %".247"
  store <8 x float> %".224", ptr %".248", align 4
  %".250" = mul i64 2, %"ldc"
  %".251" = add i64 %".250", 0
  %".252" = getelementptr inbounds float, ptr %"c", i64 %".251"
  store <8 x float> %".225", ptr %".252", align 4
  %".254" = mul i64 2, %"ldc"
  %".255" = add i64 %".254", 8
  %".256" = getelementptr inbounds float, ptr %"c", i64 %".255"
  store <8 x float> %".226", ptr %".256", align 4
  %".258" = mul i64 3, %"ldc"
  %".259" = add i64 %".258", 0
  %".260" = getelementptr inbounds float, ptr %"c", i64 %".259"
  store <8 x float> %".227", ptr %".260", align 4
  %".262" = mul i64 3, %"ldc"
  %".263" = add i64 %".262", 8
  %".264" = getelementptr inbounds float, ptr %"c", i64 %".263"
  store <8 x float> %".228", ptr %".264", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".267" = mul i64 0, %"ldc"
  %".268" = add i64 %".267", 0
  %".269" = getelementptr inbounds float, ptr %"c", i64 %".268"
  %".270" = load <8 x float>, ptr %".269", align 4
  %".271" = fadd reassoc contract nsz <8 x float> %".270", %".221"
  store <8 x float> %".271", ptr %".269", align 4
  %".273" = mul i64 0, %"ldc"
  %".274" = add i64 %".273", 8
  %".275" = getelementptr inbounds float, ptr %"c", i64 %".274"
  %".276" = load <8 x float>, ptr %".275", align 4
  %".277" = fadd reassoc contract nsz <8 x float> %".276", %".222"
  store <8 x float> %".277", ptr %".275", align 4
  %".279" = mul i64 1, %"ldc"
  %".280" = add i64 %".279", 0
  %".281" = getelementptr inbounds float, ptr %"c", i64 %".280"
  %".282" = load <8 x float>, ptr %".281", align 4
  %".283" = fadd reassoc contract nsz <8 x float> %".282", %".223"
  store <8 x float> %".283", ptr %".281", align 4
  %".285" = mul i64 1, %"ldc"
  %".286" = add i64 %".285", 8
  %".287" = getelementptr inbounds float, ptr %"c", i64 %".286"
  %".288" = load <8 x float>, ptr %".287", align 4
  %".289" = fadd reassoc contract nsz <8 x float> %".288", %".224"
  store <8 x float> %".289", ptr %".287", align 4
  %".291" = mul i64 2, %"ldc"
  %".292" = add i64 %".291", 0
  %".293" = getelementptr inbounds float, ptr %"c", i64 %".292"
  %".294" = load <8 x float>, ptr %".293", align 4
  %".295" = fadd reassoc contract nsz <8 x float> %".294", %".225"
  store <8 x float> %".295", ptr %".293", align 4
  %".297" = mul i64 2, %"ldc"
  %".298" = add i64 %".297", 8
  %".299" = getelementptr inbounds float, ptr %"c", i64 %".298"
  %".300" = load <8 x float>, ptr %".299", align 4
  %".301" = fadd reassoc contract nsz <8 x float> %".300", %".226"
  store <8 x float> %".301", ptr %".299", align 4
  %".303" = mul i64 3, %"ldc"
  %".304" = add i64 %".303", 0
  %".305" = getelementptr inbounds float, ptr %"c", i64 %".304"
  %".306" = load <8 x float>, ptr %".305", align 4
  %".307" = fadd reassoc contract nsz <8 x float> %".306", %".227"
  store <8 x float> %".307", ptr %".305", align 4
  %".309" = mul i64 3, %"ldc"
  %".310" = add i64 %".309", 8
  %".311" = getelementptr inbounds float, ptr %"c", i64 %".310"
  %".312" = load <8 x float>, ptr %".311", align 4
  %".313" = fadd reassoc contract nsz <8 x float> %".312", %".228"
  store <8 x float> %".313", ptr %".311", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".322" = mul i64 3, %"ldc"
  %".323" = add i64 %".322", 0
  %".324" = getelementptr inbounds float, ptr %"c", i64 %".323"
  %".325" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".324", i32 4, <8 x i1> %".319", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".326" = fadd reassoc contract nsz <8 x float> %".325", %".227"
  %".327" = select  i1 %"first", <8 x float> %".227", <8 x float> %".326"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".327", ptr %".324", i32 4, <8 x i1> %".319")
  %".329" = mul i64 3, %"ldc"
  %".330" = add i64 %".329", 8
  %".331" = getelementptr inbounds float, ptr %"c", i64 %".330"
  %".332" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".331", i32 4, <8 x i1> %".320", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".333" = fadd reassoc contract nsz <8 x float> %".332", %".228"
  %".334" = select  i1 %"first", <8 x float> %".228", <8 x float> %".333"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".334", ptr %".331", i32 4, <8 x i1> %".320")
  br label %"row1"
row1:
  %".337" = mul i64 2, %"ldc"
  %".338" = add i64 %".337", 0
  %".339" = getelementptr inbounds float, ptr %"c", i64 %".338"
  %".340" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".339", i32 4, <8 x i1> %".319", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".341" = fadd reassoc contract nsz <8 x float> %".340", %".225"
  %".342" = select  i1 %"first", <8 x float> %".225", <8 x float> %".341"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".342", ptr %".339", i32 4, <8 x i1> %".319")
  %".344" = mul i64 2, %"ldc"
  %".345" = add i64 %".344", 8
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  %".347" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".346", i32 4, <8 x i1> %".320", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".348" = fadd reassoc contract nsz <8 x float> %".347", %".226"
  %".349" = select  i1 %"first", <8 x float> %".226", <8 x float> %".348"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".349", ptr %".346", i32 4, <8 x i1> %".320")
  br label %"row2"
row2:
  %".352" = mul i64 1, %"ldc"
  %".353" = add i64 %".352", 0
  %".354" = getelementptr inbounds float, ptr %"c", i64 %".353"
  %".355" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".354", i32 4, <8 x i1> %".319", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".356" = fadd reassoc contract nsz <8 x float> %".355", %".223"
  %".357" = select  i1 %"first", <8 x float> %".223", <8 x float> %".356"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".357", ptr %".354", i32 4, <8 x i1> %".319")
  %".359" = mul i64 1, %"ldc"
  %".360" = add i64 %".359", 8
  %".361" = getelementptr inbounds float, ptr %"c", i64 %".360"
  %".362" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".361", i32 4, <8 x i1> %".320", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".363" = fadd reassoc contract nsz <8 x float> %".362", %".224"
  %".364" = select  i1 %"first", <8 x float> %".224", <8 x float> %".363"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".364", ptr %".361", i32 4, <8 x i1> %".320")
  br label %"row3"
row3:
  %".367" = mul i64 0, %"ldc"
  %".368" = add i64 %".367", 0
  %".369" = getelementptr inbounds float, ptr %"c", i64 %".368"
  %".370" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".369", i32 4, <8 x i1> %".319", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".371" = fadd reassoc contract nsz <8 x float> %".370", %".221"
  %".372" = select  i1 %"first", <8 x float> %".221", <8 x float> %".371"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".372", ptr %".369", i32 4, <8 x i1> %".319")
  %".374" = mul i64 0, %"ldc"
  %".375" = add i64 %".374", 8
  %".376" = getelementptr inbounds float, ptr %"c", i64 %".375"
  %".377" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".376", i32 4, <8 x i1> %".320", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".378" = fadd reassoc contract nsz <8 x float> %".377", %".222"
  %".379" = select  i1 %"first", <8 x float> %".222", <8 x float> %".378"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".379", ptr %".376", i32 4, <8 x i1> %".320")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.pack_a"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k")
{
entry:
  %".8" = add i64 %"rows", 5
  %".9" = sdiv i64 %".8", 6
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 6
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 6
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 6, %".15"
  %".17" = select  i1 %".16", i64 6, i64 %".15"
  %".18" = mul i64 %".14", %"s_row"
  %".19" = getelementptr inbounds float, ptr %"src", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %"dst", i64 %".13"
  %".21" = icmp eq i64 %"s_row", 1
  br i1 %".21", label %"p.body.if", label %"p.body.else"
p.done:
  ret void
p.body.if:
  %".23" = icmp slt i64 0, %"kc"
  br i1 %".23", label %"k.body", label %"k.done"
p.body.else:
  %".40" = icmp slt i64 0, %".17"
  br i1 %".40", label %"r.body.1", label %"r.done.1"
p.body.endif:
  %".58" = icmp slt i64 0, %"kc"
  br i1 %".58", label %"kz.body", label %"kz.done"
k.body:
  %"k" = phi  i64 [0, %"p.body.if"], [%"k.next", %"r.done"]
  %".25" = icmp slt i64 0, %".17"
  br i1 %".25", label %"r.body", label %"r.done"
k.done:
  br label %"p.body.endif"
r.body:
  %"r" = phi  i64 [0, %"k.body"], [%"r.next", %"r.body"]
  %".27" = mul i64 %"k", %"s_k"
  %".28" = add i64 %"r", %".27"
  %".29" = getelementptr inbounds float, ptr %".19", i64 %".28"
  %".30" = load float, ptr %".29"
  %".31" = mul i64 %"k", 6
  %".32" = add i64 %".31", %"r"
  %".33" = getelementptr inbounds float, ptr %".20", i64 %".32"
  store float %".30", ptr %".33"
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
r.done:
  %"k.next" = add nsw i64 %"k", 1
  %".37" = icmp slt i64 %"k.next", %"kc"
  br i1 %".37", label %"k.body", label %"k.done"
r.body.1:
  %"r.1" = phi  i64 [0, %"p.body.else"], [%"r.next.1", %"k.done.1"]
  %".42" = mul i64 %"r.1", %"s_row"
  %".43" = icmp slt i64 0, %"kc"
  br i1 %".43", label %"k.body.1", label %"k.done.1"
r.done.1:
  br label %"p.body.endif"
k.body.1:
  %"k.1" = phi  i64 [0, %"r.body.1"], [%"k.next.1", %"k.body.1"]
  %".45" = mul i64 %"k.1", %"s_k"
  %".46" = add i64 %".42", %".45"
  %".47" = getelementptr inbounds float, ptr %".19", i64 %".46"
  %".48" = load float, ptr %".47"
  %".49" = mul i64 %"k.1", 6
  %".50" = add i64 %".49", %"r.1"
  %".51" = getelementptr inbounds float, ptr %".20", i64 %".50"
  store float %".48", ptr %".51"
  %"k.next.1" = add nsw i64 %"k.1", 1
  %".53" = icmp slt i64 %"k.next.1", %"kc"
  br i1 %".53", label %"k.body.1", label %"k.done.1"
k.done.1:
  %"r.next.1" = add nsw i64 %"r.1", 1
  %".55" = icmp slt i64 %"r.next.1", %".17"
  br i1 %".55", label %"r.body.1", label %"r.done.1"
kz.body:
  %"kz" = phi  i64 [0, %"p.body.endif"], [%"kz.next", %"z.done"]
  %".60" = icmp slt i64 %".17", 6
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 6
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 6
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.pack_b"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k")
{
entry:
  %".8" = add i64 %"rows", 15
  %".9" = sdiv i64 %".8", 16
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 16
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 16
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 16, %".15"
  %".17" = select  i1 %".16", i64 16, i64 %".15"
  %".18" = mul i64 %".14", %"s_row"
  %".19" = getelementptr inbounds float, ptr %"src", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %"dst", i64 %".13"
  %".21" = icmp eq i64 %"s_row", 1
  br i1 %".21", label %"p.body.if", label %"p.body.else"
p.done:
  ret void
p.body.if:
  %".23" = icmp slt i64 0, %"kc"
  br i1 %".23", label %"k.body", label %"k.done"
p.body.else:
  %".40" = icmp slt i64 0, %".17"
  br i1 %".40", label %"r.body.1", label %"r.done.1"
p.body.endif:
  %".58" = icmp slt i64 0, %"kc"
  br i1 %".58", label %"kz.body", label %"kz.done"
k.body:
  %"k" = phi  i64 [0, %"p.body.if"], [%"k.next", %"r.done"]
  %".25" = icmp slt i64 0, %".17"
  br i1 %".25", label %"r.body", label %"r.done"
k.done:
  br label %"p.body.endif"
r.body:
  %"r" = phi  i64 [0, %"k.body"], [%"r.next", %"r.body"]
  %".27" = mul i64 %"k", %"s_k"
  %".28" = add i64 %"r", %".27"
  %".29" = getelementptr inbounds float, ptr %".19", i64 %".28"
  %".30" = load float, ptr %".29"
  %".31" = mul i64 %"k", 16
  %".32" = add i64 %".31", %"r"
  %".33" = getelementptr inbounds float, ptr %".20", i64 %".32"
  store float %".30", ptr %".33"
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
r.done:
  %"k.next" = add nsw i64 %"k", 1
  %".37" = icmp slt i64 %"k.next", %"kc"
  br i1 %".37", label %"k.body", label %"k.done"
r.body.1:
  %"r.1" = phi  i64 [0, %"p.body.else"], [%"r.next.1", %"k.done.1"]
  %".42" = mul i64 %"r.1", %"s_row"
  %".43" = icmp slt i64 0, %"kc"
  br i1 %".43", label %"k.body.1", label %"k.done.1"
r.done.1:
  br label %"p.body.endif"
k.body.1:
  %"k.1" = phi  i64 [0, %"r.body.1"], [%"k.next.1", %"k.body.1"]
  %".45" = mul i64 %"k.1", %"s_k"
  %".46" = add i64 %".42", %".45"
  %".47" = getelementptr inbounds float, ptr %".19", i64 %".46"
  %".48" = load float, ptr %".47"
  %".49" = mul i64 %"k.1", 16
  %".50" = add i64 %".49", %"r.1"
  %".51" = getelementptr inbounds float, ptr %".20", i64 %".50"
  store float %".48", ptr %".51"
  %"k.next.1" = add nsw i64 %"k.1", 1
  %".53" = icmp slt i64 %"k.next.1", %"kc"
  br i1 %".53", label %"k.body.1", label %"k.done.1"
k.done.1:
  %"r.next.1" = add nsw i64 %"r.1", 1
  %".55" = icmp slt i64 %"r.next.1", %".17"
  br i1 %".55", label %"r.body.1", label %"r.done.1"
kz.body:
  %"kz" = phi  i64 [0, %"p.body.endif"], [%"kz.next", %"z.done"]
  %".60" = icmp slt i64 %".17", 16
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 16
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 16
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.thread"(ptr %"ctx", i64 %"tid", i64 %"nt")
{
entry:
  %".5" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 0
  %"M" = load i64, ptr %".5"
  %".6" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 1
  %"Nn" = load i64, ptr %".6"
  %".7" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 2
  %"K" = load i64, ptr %".7"
  %".8" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 3
  %"A" = load ptr, ptr %".8"
  %".9" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 4
  %"rsa" = load i64, ptr %".9"
  %".10" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 5
  %"csa" = load i64, ptr %".10"
  %".11" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 6
  %"B" = load ptr, ptr %".11"
  %".12" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 7
  %"rsb" = load i64, ptr %".12"
  %".13" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 8
  %"csb" = load i64, ptr %".13"
  %".14" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 9
  %"C" = load ptr, ptr %".14"
  %".15" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 10
  %"ldc" = load i64, ptr %".15"
  %".16" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 11
  %"nb" = load i64, ptr %".16"
  %".17" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 12
  %"sa" = load i64, ptr %".17"
  %".18" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 13
  %"sb" = load i64, ptr %".18"
  %".19" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, ptr %"ctx", i64 0, i32 14
  %"sc" = load i64, ptr %".19"
  %".20" = icmp ne i64 %"sc", 0
  %".21" = icmp sge i64 %"nb", %"nt"
  %".22" = and i1 %".20", %".21"
  %".23" = add i64 %"nb", 0
  %".24" = sdiv i64 %".23", 1
  %".25" = sub i64 %"nt", 1
  %".26" = add i64 %".24", %".25"
  %".27" = sdiv i64 %".26", %"nt"
  %".28" = mul i64 %".27", 1
  %".29" = mul i64 %"tid", %".28"
  %".30" = icmp slt i64 %".29", %"nb"
  %".31" = select  i1 %".30", i64 %".29", i64 %"nb"
  %".32" = add i64 %".31", %".28"
  %".33" = icmp slt i64 %".32", %"nb"
  %".34" = select  i1 %".33", i64 %".32", i64 %"nb"
  %".35" = select  i1 %".22", i64 %".31", i64 0
  %".36" = select  i1 %".22", i64 %".34", i64 %"nb"
  %".37" = select  i1 %".22", i64 0, i64 %"tid"
  %".38" = select  i1 %".22", i64 1, i64 %"nt"
  %".39" = icmp sge i64 %"Nn", %"M"
  %".40" = add i64 %"Nn", 15
  %".41" = sdiv i64 %".40", 16
  %".42" = sub i64 %".38", 1
  %".43" = add i64 %".41", %".42"
  %".44" = sdiv i64 %".43", %".38"
  %".45" = mul i64 %".44", 16
  %".46" = mul i64 %".37", %".45"
  %".47" = icmp slt i64 %".46", %"Nn"
  %".48" = select  i1 %".47", i64 %".46", i64 %"Nn"
  %".49" = add i64 %".48", %".45"
  %".50" = icmp slt i64 %".49", %"Nn"
  %".51" = select  i1 %".50", i64 %".49", i64 %"Nn"
  %".52" = add i64 %"M", 5
  %".53" = sdiv i64 %".52", 6
  %".54" = sub i64 %".38", 1
  %".55" = add i64 %".53", %".54"
  %".56" = sdiv i64 %".55", %".38"
  %".57" = mul i64 %".56", 6
  %".58" = mul i64 %".37", %".57"
  %".59" = icmp slt i64 %".58", %"M"
  %".60" = select  i1 %".59", i64 %".58", i64 %"M"
  %".61" = add i64 %".60", %".57"
  %".62" = icmp slt i64 %".61", %"M"
  %".63" = select  i1 %".62", i64 %".61", i64 %"M"
  %".64" = select  i1 %".39", i64 %".48", i64 0
  %".65" = select  i1 %".39", i64 %".51", i64 %"Nn"
  %".66" = select  i1 %".39", i64 0, i64 %".60"
  %".67" = select  i1 %".39", i64 %"M", i64 %".63"
  %"ws" = call ptr @"gv_workspace"(i64 %"tid", i64 8650752)
  %".68" = getelementptr inbounds float, ptr %"ws", i64 73728
  %".69" = icmp slt i64 %".35", %".36"
  br i1 %".69", label %"bi.body", label %"bi.done"
bi.body:
  %"bi" = phi  i64 [%".35", %"entry"], [%"bi.next", %"jc.done"]
  %".71" = mul i64 %"bi", %"sa"
  %".72" = getelementptr inbounds float, ptr %"A", i64 %".71"
  %".73" = mul i64 %"bi", %"sb"
  %".74" = getelementptr inbounds float, ptr %"B", i64 %".73"
  %".75" = mul i64 %"bi", %"sc"
  %".76" = getelementptr inbounds float, ptr %"C", i64 %".75"
  %".77" = icmp eq i64 %"sc", 0
  %".78" = icmp sgt i64 %"bi", 0
  %".79" = and i1 %".77", %".78"
  %".80" = icmp slt i64 %".64", %".65"
  br i1 %".80", label %"jc.body", label %"jc.done"
bi.done:
  ret void
jc.body:
  %"jc" = phi  i64 [%".64", %"bi.body"], [%"jc.next", %"pc.done"]
  %".82" = sub i64 %".65", %"jc"
  %".83" = icmp slt i64 4080, %".82"
  %".84" = select  i1 %".83", i64 4080, i64 %".82"
  %".85" = icmp slt i64 0, %"K"
  br i1 %".85", label %"pc.body", label %"pc.done"
jc.done:
  %"bi.next" = add nsw i64 %"bi", 1
  %".153" = icmp slt i64 %"bi.next", %".36"
  br i1 %".153", label %"bi.body", label %"bi.done"
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".87" = sub i64 %"K", %"pc"
  %".88" = icmp slt i64 512, %".87"
  %".89" = select  i1 %".88", i64 512, i64 %".87"
  %".90" = icmp eq i64 %"pc", 0
  %".91" = xor i1 %".79", -1
  %".92" = and i1 %".90", %".91"
  %".93" = mul i64 %"pc", %"rsb"
  %".94" = mul i64 %"jc", %"csb"
  %".95" = add i64 %".93", %".94"
  %".96" = getelementptr inbounds float, ptr %".74", i64 %".95"
  call void @"gv_gemm_f32.pack_b"(ptr %".68", ptr %".96", i64 %".84", i64 %".89", i64 %"csb", i64 %"rsb")
  %".98" = icmp slt i64 %".66", %".67"
  br i1 %".98", label %"ic.body", label %"ic.done"
pc.done:
  %"jc.next" = add nsw i64 %"jc", 4080
  %".151" = icmp slt i64 %"jc.next", %".65"
  br i1 %".151", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".66", %"pc.body"], [%"ic.next", %"jr.done"]
  %".100" = sub i64 %".67", %"ic"
  %".101" = icmp slt i64 144, %".100"
  %".102" = select  i1 %".101", i64 144, i64 %".100"
  %".103" = mul i64 %"ic", %"rsa"
  %".104" = mul i64 %"pc", %"csa"
  %".105" = add i64 %".103", %".104"
  %".106" = getelementptr inbounds float, ptr %".72", i64 %".105"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".106", i64 %".102", i64 %".89", i64 %"rsa", i64 %"csa")
  %".108" = icmp slt i64 0, %".84"
  br i1 %".108", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 512
  %".149" = icmp slt i64 %"pc.next", %"K"
  br i1 %".149", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".110" = sub i64 %".84", %"jr"
  %".111" = icmp slt i64 16, %".110"
  %".112" = select  i1 %".111", i64 16, i64 %".110"
  %".113" = mul i64 %"jr", %".89"
  %".114" = getelementptr inbounds float, ptr %".68", i64 %".113"
  %".115" = icmp slt i64 0, %".102"
  br i1 %".115", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 144
  %".147" = icmp slt i64 %"ic.next", %".67"
  br i1 %".147", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body.endif"]
  %".117" = sub i64 %".102", %"ir"
  %".118" = icmp slt i64 6, %".117"
  %".119" = select  i1 %".118", i64 6, i64 %".117"
  %".120" = mul i64 %"ir", %".89"
  %".121" = getelementptr inbounds float, ptr %"ws", i64 %".120"
  %".122" = add i64 %"ic", %"ir"
  %".123" = mul i64 %".122", %"ldc"
  %".124" = add i64 %"jc", %"jr"
  %".125" = add i64 %".123", %".124"
  %".126" = getelementptr inbounds float, ptr %".76", i64 %".125"
  %".127" = icmp sle i64 %".119", 2
  br i1 %".127", label %"ir.body.if", label %"ir.body.else"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 16
  %".145" = icmp slt i64 %"jr.next", %".84"
  br i1 %".145", label %"jr.body", label %"jr.done"
ir.body.if:
  call void @"gv_gemm_f32.ukernel2"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.endif"
ir.body.else:
  %".131" = icmp sle i64 %".119", 3
  br i1 %".131", label %"ir.body.else.if", label %"ir.body.else.else"
ir.body.endif:
  %"ir.next" = add nsw i64 %"ir", 6
  %".143" = icmp slt i64 %"ir.next", %".102"
  br i1 %".143", label %"ir.body", label %"ir.done"
ir.body.else.if:
  call void @"gv_gemm_f32.ukernel3"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.endif"
ir.body.else.else:
  %".135" = icmp sle i64 %".119", 4
  br i1 %".135", label %"ir.body.else.else.if", label %"ir.body.else.else.else"
ir.body.else.endif:
  br label %"ir.body.endif"
ir.body.else.else.if:
  call void @"gv_gemm_f32.ukernel4"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.else.endif"
ir.body.else.else.else:
  call void @"gv_gemm_f32.ukernel6"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.else.endif"
ir.body.else.else.endif:
  br label %"ir.body.else.endif"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

; kernel gv_k2_matmul: nodes %matmul_3; layers model[1] (Fc) [grad]; shapes %matmul_3: f32[2,3]
define internal void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b1", ptr %"b8")
{
entry:
  %".7" = getelementptr float, ptr %"b8", i64 0
  %".8" = getelementptr float, ptr %"b0", i64 0
  %".9" = getelementptr float, ptr %"b1", i64 0
  %".10" = icmp eq i64 %"N", 0
  br i1 %".10", label %"entry.if", label %"entry.else"
entry.if:
  %".12" = icmp slt i64 0, 1
  br i1 %".12", label %"zb.body", label %"zb.done"
entry.else:
  %".26" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 0
  store i64 2, i64* %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 1
  store i64 3, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 2
  store i64 %"N", i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 3
  store ptr %".8", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 4
  store i64 1, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 5
  store i64 2, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 6
  store ptr %".9", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 7
  store i64 3, i64* %".41"
  %".43" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 8
  store i64 1, i64* %".43"
  %".45" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 9
  store ptr %".7", ptr %".45"
  %".47" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 10
  store i64 3, i64* %".47"
  %".49" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 11
  store i64 1, i64* %".49"
  %".51" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 12
  store i64 0, i64* %".51"
  %".53" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 13
  store i64 0, i64* %".53"
  %".55" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 14
  store i64 0, i64* %".55"
  %".57" = mul i64 2, 3
  %".58" = mul i64 %".57", %"N"
  %".59" = mul i64 %".58", 1
  %".60" = icmp sge i64 %".59", 2097152
  %".61" = mul i64 %"nthreads", 1
  %".62" = icmp sge i64 3, 2
  %".63" = add i64 3, 15
  %".64" = sdiv i64 %".63", 16
  %".65" = add i64 2, 5
  %".66" = sdiv i64 %".65", 6
  %".67" = select  i1 %".62", i64 %".64", i64 %".66"
  %".68" = icmp ne i64 0, 0
  %".69" = icmp sge i64 1, %"nthreads"
  %".70" = and i1 %".68", %".69"
  %".71" = select  i1 %".70", i64 1, i64 %".67"
  %".72" = icmp slt i64 %".61", %".71"
  %".73" = select  i1 %".72", i64 %".61", i64 %".71"
  %".74" = icmp sgt i64 %".73", 1
  %".75" = select  i1 %".74", i64 %".73", i64 1
  br i1 %".60", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
zb.body:
  %"zb" = phi  i64 [0, %"entry.if"], [%"zb.next", %"z.done"]
  %".14" = mul i64 %"zb", 0
  %".15" = getelementptr float, ptr %".7", i64 %".14"
  %".16" = mul i64 2, 3
  %".17" = icmp slt i64 0, %".16"
  br i1 %".17", label %"z.body", label %"z.done"
zb.done:
  br label %"entry.endif"
z.body:
  %"z" = phi  i64 [0, %"zb.body"], [%"z.next", %"z.body"]
  %".19" = getelementptr inbounds float, ptr %".15", i64 %"z"
  store float              0x0, ptr %".19"
  %"z.next" = add nsw i64 %"z", 1
  %".21" = icmp slt i64 %"z.next", %".16"
  br i1 %".21", label %"z.body", label %"z.done"
z.done:
  %"zb.next" = add nsw i64 %"zb", 1
  %".23" = icmp slt i64 %"zb.next", 1
  br i1 %".23", label %"zb.body", label %"zb.done"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 %".75")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

; kernel gv_k3_where: nodes %where; layers model[0] (Fc) [grad]; shapes %where: f32[N,3]
define internal void @"gv_k3_where"(i64 %"N", i64 %"nthreads", ptr %"b2", ptr %"b7", ptr %"b9")
{
entry:
  %".7" = mul nsw i64 %"N", 3
  %".8" = icmp sge i64 %".7", 32768
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = alloca {i64, i64, ptr, ptr, ptr}
  %".11" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 0
  store i64 %"N", i64* %".11"
  %".13" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 1
  store i64 %".7", i64* %".13"
  %".15" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 2
  store ptr %"b2", ptr %".15"
  %".17" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 3
  store ptr %"b7", ptr %".17"
  %".19" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 4
  store ptr %"b9", ptr %".19"
  %".21" = mul i64 %"nthreads", 4
  %".22" = icmp sgt i64 %".7", 1
  %".23" = select  i1 %".22", i64 %".7", i64 1
  %".24" = icmp slt i64 %".21", %".23"
  %".25" = select  i1 %".24", i64 %".21", i64 %".23"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k3_where.L0.par", {i64, i64, ptr, ptr, ptr}* %".10", i64 %".25")
  br label %"entry.endif"
entry.else:
  call void @"gv_k3_where.L0"(i64 %"N", i64 0, i64 %".7", ptr %"b2", ptr %"b7", ptr %"b9")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k3_where.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b2_gt", ptr noalias %"b7_matmul_2", ptr noalias %"b9_where")
{
entry:
  %".8" = mul nsw i64 %"N", 3
  %".9" = icmp slt i64 %"lo", %"hi"
  br i1 %".9", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".11" = mul nsw i64 %"i0", 1
  %".12" = add nsw i64 0, %".11"
  %".13" = mul nsw i64 %"i0", 1
  %".14" = add nsw i64 0, %".13"
  %".15" = mul nsw i64 %"i0", 1
  %".16" = add nsw i64 0, %".15"
  %".17" = getelementptr inbounds float, ptr %"b2_gt", i64 %".12"
  %".18" = load float, ptr %".17"
  %".19" = getelementptr inbounds float, ptr %"b7_matmul_2", i64 %".14"
  %".20" = load float, ptr %".19"
  %".21" = fcmp une float %".18",              0x0
  %".22" = select  i1 %".21", float %".20", float              0x0
  %".23" = getelementptr inbounds float, ptr %"b9_where", i64 %".16"
  store float %".22", ptr %".23"
  %"i0.next" = add nsw i64 %"i0", 1
  %".25" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".25", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k3_where.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  call void @"gv_k3_where.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19")
  ret void
}

; kernel gv_k4_reduce_sum: nodes %reduce_sum_1; layers model[0] (Fc) [grad]; shapes %reduce_sum_1: f32[3]
define internal void @"gv_k4_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b9", ptr %"b10")
{
entry:
  %".6" = icmp sge i64 3, 32768
  br i1 %".6", label %"entry.if", label %"entry.else"
entry.if:
  %".8" = alloca {i64, i64, ptr}
  %".9" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 0
  store i64 %"N", i64* %".9"
  %".11" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 1
  store i64 3, i64* %".11"
  %".13" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 2
  store ptr %"b10", ptr %".13"
  %".15" = mul i64 %"nthreads", 4
  %".16" = icmp sgt i64 3, 1
  %".17" = select  i1 %".16", i64 3, i64 1
  %".18" = icmp slt i64 %".15", %".17"
  %".19" = select  i1 %".18", i64 %".15", i64 %".17"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k4_reduce_sum.L0.par", {i64, i64, ptr}* %".8", i64 %".19")
  br label %"entry.endif"
entry.else:
  call void @"gv_k4_reduce_sum.L0"(i64 %"N", i64 0, i64 3, ptr %"b10")
  br label %"entry.endif"
entry.endif:
  %".24" = mul i64 %"N", 3
  call void @"gv_k4_reduce_sum.L1"(i64 %"N", i64 0, i64 %"N", ptr %"b9", ptr %"b10")
  ret void
}

define internal void @"gv_k4_reduce_sum.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b10_reduce_sum_1")
{
entry:
  %".6" = icmp slt i64 %"lo", %"hi"
  br i1 %".6", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".8" = mul nsw i64 %"i0", 1
  %".9" = add nsw i64 0, %".8"
  %".10" = getelementptr inbounds float, ptr %"b10_reduce_sum_1", i64 %".9"
  store float              0x0, ptr %".10"
  %"i0.next" = add nsw i64 %"i0", 1
  %".12" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".12", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k4_reduce_sum.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  call void @"gv_k4_reduce_sum.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15")
  ret void
}

define internal void @"gv_k4_reduce_sum.L1"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b9_where", ptr noalias %"b10_reduce_sum_1")
{
entry:
  %".7" = icmp slt i64 %"lo", %"hi"
  br i1 %".7", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".9" = mul nsw i64 %"i0", 3
  %".10" = add nsw i64 0, %".9"
  %".11" = mul nsw i64 %"i0", 0
  %".12" = add nsw i64 0, %".11"
  %".13" = icmp slt i64 0, 3
  br i1 %".13", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".15" = mul nsw i64 %"i1", 1
  %".16" = add nsw i64 %".10", %".15"
  %".17" = mul nsw i64 %"i1", 1
  %".18" = add nsw i64 %".12", %".17"
  %".19" = getelementptr inbounds float, ptr %"b9_where", i64 %".16"
  %".20" = load float, ptr %".19"
  %".21" = getelementptr inbounds float, ptr %"b10_reduce_sum_1", i64 %".18"
  %".22" = load float, ptr %".21"
  %".23" = fadd nsz float %".22", %".20"
  store float %".23", ptr %".21"
  %"i1.next" = add nsw i64 %"i1", 1
  %".25" = icmp slt i64 %"i1.next", 3
  br i1 %".25", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".27" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".27", label %"i0.body", label %"i0.done"
}

; kernel gv_k5_matmul: nodes %matmul_4; layers model[0] (Fc) [grad]; shapes %matmul_4: f32[N,4]
define internal void @"gv_k5_matmul"(i64 %"N", i64 %"nthreads", ptr %"b4", ptr %"b9", ptr %"b11")
{
entry:
  %".7" = getelementptr float, ptr %"b11", i64 0
  %".8" = getelementptr float, ptr %"b9", i64 0
  %".9" = getelementptr float, ptr %"b4", i64 0
  %".10" = icmp eq i64 3, 0
  br i1 %".10", label %"entry.if", label %"entry.else"
entry.if:
  %".12" = icmp slt i64 0, 1
  br i1 %".12", label %"zb.body", label %"zb.done"
entry.else:
  %".26" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 0
  store i64 %"N", i64* %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 1
  store i64 4, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 2
  store i64 3, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 3
  store ptr %".8", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 4
  store i64 3, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 5
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 6
  store ptr %".9", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 7
  store i64 4, i64* %".41"
  %".43" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 8
  store i64 1, i64* %".43"
  %".45" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 9
  store ptr %".7", ptr %".45"
  %".47" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 10
  store i64 4, i64* %".47"
  %".49" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 11
  store i64 1, i64* %".49"
  %".51" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 12
  store i64 0, i64* %".51"
  %".53" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 13
  store i64 0, i64* %".53"
  %".55" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 14
  store i64 0, i64* %".55"
  %".57" = mul i64 %"N", 4
  %".58" = mul i64 %".57", 3
  %".59" = mul i64 %".58", 1
  %".60" = icmp sge i64 %".59", 2097152
  %".61" = mul i64 %"nthreads", 1
  %".62" = icmp sge i64 4, %"N"
  %".63" = add i64 4, 15
  %".64" = sdiv i64 %".63", 16
  %".65" = add i64 %"N", 5
  %".66" = sdiv i64 %".65", 6
  %".67" = select  i1 %".62", i64 %".64", i64 %".66"
  %".68" = icmp ne i64 0, 0
  %".69" = icmp sge i64 1, %"nthreads"
  %".70" = and i1 %".68", %".69"
  %".71" = select  i1 %".70", i64 1, i64 %".67"
  %".72" = icmp slt i64 %".61", %".71"
  %".73" = select  i1 %".72", i64 %".61", i64 %".71"
  %".74" = icmp sgt i64 %".73", 1
  %".75" = select  i1 %".74", i64 %".73", i64 1
  br i1 %".60", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
zb.body:
  %"zb" = phi  i64 [0, %"entry.if"], [%"zb.next", %"z.done"]
  %".14" = mul i64 %"zb", 0
  %".15" = getelementptr float, ptr %".7", i64 %".14"
  %".16" = mul i64 %"N", 4
  %".17" = icmp slt i64 0, %".16"
  br i1 %".17", label %"z.body", label %"z.done"
zb.done:
  br label %"entry.endif"
z.body:
  %"z" = phi  i64 [0, %"zb.body"], [%"z.next", %"z.body"]
  %".19" = getelementptr inbounds float, ptr %".15", i64 %"z"
  store float              0x0, ptr %".19"
  %"z.next" = add nsw i64 %"z", 1
  %".21" = icmp slt i64 %"z.next", %".16"
  br i1 %".21", label %"z.body", label %"z.done"
z.done:
  %"zb.next" = add nsw i64 %"zb", 1
  %".23" = icmp slt i64 %"zb.next", 1
  br i1 %".23", label %"zb.body", label %"zb.done"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 %".75")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

; kernel gv_k6_matmul: nodes %matmul_5; layers model[0] (Fc) [grad]; shapes %matmul_5: f32[3,4]
define internal void @"gv_k6_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3", ptr %"b9", ptr %"b12")
{
entry:
  %".7" = getelementptr float, ptr %"b12", i64 0
  %".8" = getelementptr float, ptr %"b9", i64 0
  %".9" = getelementptr float, ptr %"b3", i64 0
  %".10" = icmp eq i64 %"N", 0
  br i1 %".10", label %"entry.if", label %"entry.else"
entry.if:
  %".12" = icmp slt i64 0, 1
  br i1 %".12", label %"zb.body", label %"zb.done"
entry.else:
  %".26" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 0
  store i64 3, i64* %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 1
  store i64 4, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 2
  store i64 %"N", i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 3
  store ptr %".8", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 4
  store i64 1, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 5
  store i64 3, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 6
  store ptr %".9", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 7
  store i64 4, i64* %".41"
  %".43" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 8
  store i64 1, i64* %".43"
  %".45" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 9
  store ptr %".7", ptr %".45"
  %".47" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 10
  store i64 4, i64* %".47"
  %".49" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 11
  store i64 1, i64* %".49"
  %".51" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 12
  store i64 0, i64* %".51"
  %".53" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 13
  store i64 0, i64* %".53"
  %".55" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i32 14
  store i64 0, i64* %".55"
  %".57" = mul i64 3, 4
  %".58" = mul i64 %".57", %"N"
  %".59" = mul i64 %".58", 1
  %".60" = icmp sge i64 %".59", 2097152
  %".61" = mul i64 %"nthreads", 1
  %".62" = icmp sge i64 4, 3
  %".63" = add i64 4, 15
  %".64" = sdiv i64 %".63", 16
  %".65" = add i64 3, 5
  %".66" = sdiv i64 %".65", 6
  %".67" = select  i1 %".62", i64 %".64", i64 %".66"
  %".68" = icmp ne i64 0, 0
  %".69" = icmp sge i64 1, %"nthreads"
  %".70" = and i1 %".68", %".69"
  %".71" = select  i1 %".70", i64 1, i64 %".67"
  %".72" = icmp slt i64 %".61", %".71"
  %".73" = select  i1 %".72", i64 %".61", i64 %".71"
  %".74" = icmp sgt i64 %".73", 1
  %".75" = select  i1 %".74", i64 %".73", i64 1
  br i1 %".60", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
zb.body:
  %"zb" = phi  i64 [0, %"entry.if"], [%"zb.next", %"z.done"]
  %".14" = mul i64 %"zb", 0
  %".15" = getelementptr float, ptr %".7", i64 %".14"
  %".16" = mul i64 3, 4
  %".17" = icmp slt i64 0, %".16"
  br i1 %".17", label %"z.body", label %"z.done"
zb.done:
  br label %"entry.endif"
z.body:
  %"z" = phi  i64 [0, %"zb.body"], [%"z.next", %"z.body"]
  %".19" = getelementptr inbounds float, ptr %".15", i64 %"z"
  store float              0x0, ptr %".19"
  %"z.next" = add nsw i64 %"z", 1
  %".21" = icmp slt i64 %"z.next", %".16"
  br i1 %".21", label %"z.body", label %"z.done"
z.done:
  %"zb.next" = add nsw i64 %"zb", 1
  %".23" = icmp slt i64 %"zb.next", 1
  br i1 %".23", label %"zb.body", label %"zb.done"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 %".75")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64}* %".26", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}
