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
  %".63" = add i64 3, 15
  %".64" = sdiv i64 %".63", 16
  %".65" = icmp slt i64 %"nthreads", %".64"
  %".66" = select  i1 %".65", i64 %"nthreads", i64 %".64"
  br i1 %".60", label %"entry.else.if.if", label %"entry.else.if.else"
entry.else.else:
  %".73" = mul i64 %"nthreads", 1
  %".74" = icmp sge i64 3, %"N"
  %".75" = add i64 3, 31
  %".76" = sdiv i64 %".75", 32
  %".77" = add i64 %"N", 11
  %".78" = sdiv i64 %".77", 12
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

declare <16 x float> @"llvm.fma.v16f32"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3")

declare void @"llvm.masked.store.v16f32.p0"(<16 x float> %".1", ptr %".2", i32 %".3", <16 x i1> %".4")

declare <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".1", i32 %".2", <16 x i1> %".3", <16 x float> %".4")

define internal void @"gv_gemm_f32.ukernel12"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".385", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".306", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".307", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".313", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".314", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".320", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".321", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".327", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".328", %"main"]
  %"acc8" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".334", %"main"]
  %"acc9" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".335", %"main"]
  %"acc10" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".341", %"main"]
  %"acc11" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".342", %"main"]
  %"acc12" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".348", %"main"]
  %"acc13" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".349", %"main"]
  %"acc14" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".355", %"main"]
  %"acc15" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".356", %"main"]
  %"acc16" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".362", %"main"]
  %"acc17" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".363", %"main"]
  %"acc18" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".369", %"main"]
  %"acc19" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".370", %"main"]
  %"acc20" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".376", %"main"]
  %"acc21" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".377", %"main"]
  %"acc22" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".383", %"main"]
  %"acc23" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".384", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 32
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <16 x float>, ptr %".16", align 64
  %".18" = add i64 %".14", 16
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <16 x float>, ptr %".19", align 64
  %".21" = mul i64 %".13", 12
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <16 x float> %".25", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".17", <16 x float> %"acc0")
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".20", <16 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <16 x float> %".32", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".17", <16 x float> %"acc2")
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".20", <16 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <16 x float> %".39", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".17", <16 x float> %"acc4")
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".20", <16 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <16 x float> %".46", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".17", <16 x float> %"acc6")
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".20", <16 x float> %"acc7")
  %".50" = add i64 %".21", 4
  %".51" = getelementptr inbounds float, ptr %"ap", i64 %".50"
  %".52" = load float, ptr %".51"
  %".53" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".52", i32 0
  %".54" = shufflevector <16 x float> %".53", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".55" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".17", <16 x float> %"acc8")
  %".56" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".20", <16 x float> %"acc9")
  %".57" = add i64 %".21", 5
  %".58" = getelementptr inbounds float, ptr %"ap", i64 %".57"
  %".59" = load float, ptr %".58"
  %".60" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".59", i32 0
  %".61" = shufflevector <16 x float> %".60", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".17", <16 x float> %"acc10")
  %".63" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".20", <16 x float> %"acc11")
  %".64" = add i64 %".21", 6
  %".65" = getelementptr inbounds float, ptr %"ap", i64 %".64"
  %".66" = load float, ptr %".65"
  %".67" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".66", i32 0
  %".68" = shufflevector <16 x float> %".67", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".69" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".68", <16 x float> %".17", <16 x float> %"acc12")
  %".70" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".68", <16 x float> %".20", <16 x float> %"acc13")
  %".71" = add i64 %".21", 7
  %".72" = getelementptr inbounds float, ptr %"ap", i64 %".71"
  %".73" = load float, ptr %".72"
  %".74" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <16 x float> %".74", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".17", <16 x float> %"acc14")
  %".77" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".20", <16 x float> %"acc15")
  %".78" = add i64 %".21", 8
  %".79" = getelementptr inbounds float, ptr %"ap", i64 %".78"
  %".80" = load float, ptr %".79"
  %".81" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".80", i32 0
  %".82" = shufflevector <16 x float> %".81", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".83" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".82", <16 x float> %".17", <16 x float> %"acc16")
  %".84" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".82", <16 x float> %".20", <16 x float> %"acc17")
  %".85" = add i64 %".21", 9
  %".86" = getelementptr inbounds float, ptr %"ap", i64 %".85"
  %".87" = load float, ptr %".86"
  %".88" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".87", i32 0
  %".89" = shufflevector <16 x float> %".88", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".90" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".89", <16 x float> %".17", <16 x float> %"acc18")
  %".91" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".89", <16 x float> %".20", <16 x float> %"acc19")
  %".92" = add i64 %".21", 10
  %".93" = getelementptr inbounds float, ptr %"ap", i64 %".92"
  %".94" = load float, ptr %".93"
  %".95" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".94", i32 0
  %".96" = shufflevector <16 x float> %".95", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".97" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".96", <16 x float> %".17", <16 x float> %"acc20")
  %".98" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".96", <16 x float> %".20", <16 x float> %"acc21")
  %".99" = add i64 %".21", 11
  %".100" = getelementptr inbounds float, ptr %"ap", i64 %".99"
  %".101" = load float, ptr %".100"
  %".102" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".101", i32 0
  %".103" = shufflevector <16 x float> %".102", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".104" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".103", <16 x float> %".17", <16 x float> %"acc22")
  %".105" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".103", <16 x float> %".20", <16 x float> %"acc23")
  %".106" = add i64 %"k", 1
  %".107" = mul i64 %".106", 32
  %".108" = add i64 %".107", 0
  %".109" = getelementptr inbounds float, ptr %"bp", i64 %".108"
  %".110" = load <16 x float>, ptr %".109", align 64
  %".111" = add i64 %".107", 16
  %".112" = getelementptr inbounds float, ptr %"bp", i64 %".111"
  %".113" = load <16 x float>, ptr %".112", align 64
  %".114" = mul i64 %".106", 12
  %".115" = add i64 %".114", 0
  %".116" = getelementptr inbounds float, ptr %"ap", i64 %".115"
  %".117" = load float, ptr %".116"
  %".118" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".117", i32 0
  %".119" = shufflevector <16 x float> %".118", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".120" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".119", <16 x float> %".110", <16 x float> %".27")
  %".121" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".119", <16 x float> %".113", <16 x float> %".28")
  %".122" = add i64 %".114", 1
  %".123" = getelementptr inbounds float, ptr %"ap", i64 %".122"
  %".124" = load float, ptr %".123"
  %".125" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".124", i32 0
  %".126" = shufflevector <16 x float> %".125", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".127" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".126", <16 x float> %".110", <16 x float> %".34")
  %".128" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".126", <16 x float> %".113", <16 x float> %".35")
  %".129" = add i64 %".114", 2
  %".130" = getelementptr inbounds float, ptr %"ap", i64 %".129"
  %".131" = load float, ptr %".130"
  %".132" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".131", i32 0
  %".133" = shufflevector <16 x float> %".132", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".134" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".133", <16 x float> %".110", <16 x float> %".41")
  %".135" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".133", <16 x float> %".113", <16 x float> %".42")
  %".136" = add i64 %".114", 3
  %".137" = getelementptr inbounds float, ptr %"ap", i64 %".136"
  %".138" = load float, ptr %".137"
  %".139" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".138", i32 0
  %".140" = shufflevector <16 x float> %".139", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".141" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".140", <16 x float> %".110", <16 x float> %".48")
  %".142" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".140", <16 x float> %".113", <16 x float> %".49")
  %".143" = add i64 %".114", 4
  %".144" = getelementptr inbounds float, ptr %"ap", i64 %".143"
  %".145" = load float, ptr %".144"
  %".146" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".145", i32 0
  %".147" = shufflevector <16 x float> %".146", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".148" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".147", <16 x float> %".110", <16 x float> %".55")
  %".149" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".147", <16 x float> %".113", <16 x float> %".56")
  %".150" = add i64 %".114", 5
  %".151" = getelementptr inbounds float, ptr %"ap", i64 %".150"
  %".152" = load float, ptr %".151"
  %".153" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".152", i32 0
  %".154" = shufflevector <16 x float> %".153", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".155" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".154", <16 x float> %".110", <16 x float> %".62")
  %".156" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".154", <16 x float> %".113", <16 x float> %".63")
  %".157" = add i64 %".114", 6
  %".158" = getelementptr inbounds float, ptr %"ap", i64 %".157"
  %".159" = load float, ptr %".158"
  %".160" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".159", i32 0
  %".161" = shufflevector <16 x float> %".160", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".162" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".161", <16 x float> %".110", <16 x float> %".69")
  %".163" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".161", <16 x float> %".113", <16 x float> %".70")
  %".164" = add i64 %".114", 7
  %".165" = getelementptr inbounds float, ptr %"ap", i64 %".164"
  %".166" = load float, ptr %".165"
  %".167" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".166", i32 0
  %".168" = shufflevector <16 x float> %".167", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".169" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".168", <16 x float> %".110", <16 x float> %".76")
  %".170" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".168", <16 x float> %".113", <16 x float> %".77")
  %".171" = add i64 %".114", 8
  %".172" = getelementptr inbounds float, ptr %"ap", i64 %".171"
  %".173" = load float, ptr %".172"
  %".174" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".173", i32 0
  %".175" = shufflevector <16 x float> %".174", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".176" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".175", <16 x float> %".110", <16 x float> %".83")
  %".177" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".175", <16 x float> %".113", <16 x float> %".84")
  %".178" = add i64 %".114", 9
  %".179" = getelementptr inbounds float, ptr %"ap", i64 %".178"
  %".180" = load float, ptr %".179"
  %".181" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".180", i32 0
  %".182" = shufflevector <16 x float> %".181", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".183" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".182", <16 x float> %".110", <16 x float> %".90")
  %".184" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".182", <16 x float> %".113", <16 x float> %".91")
  %".185" = add i64 %".114", 10
  %".186" = getelementptr inbounds float, ptr %"ap", i64 %".185"
  %".187" = load float, ptr %".186"
  %".188" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".187", i32 0
  %".189" = shufflevector <16 x float> %".188", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".190" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".189", <16 x float> %".110", <16 x float> %".97")
  %".191" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".189", <16 x float> %".113", <16 x float> %".98")
  %".192" = add i64 %".114", 11
  %".193" = getelementptr inbounds float, ptr %"ap", i64 %".192"
  %".194" = load float, ptr %".193"
  %".195" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".194", i32 0
  %".196" = shufflevector <16 x float> %".195", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".197" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".196", <16 x float> %".110", <16 x float> %".104")
  %".198" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".196", <16 x float> %".113", <16 x float> %".105")
  %".199" = add i64 %"k", 2
  %".200" = mul i64 %".199", 32
  %".201" = add i64 %".200", 0
  %".202" = getelementptr inbounds float, ptr %"bp", i64 %".201"
  %".203" = load <16 x float>, ptr %".202", align 64
  %".204" = add i64 %".200", 16
  %".205" = getelementptr inbounds float, ptr %"bp", i64 %".204"
  %".206" = load <16 x float>, ptr %".205", align 64
  %".207" = mul i64 %".199", 12
  %".208" = add i64 %".207", 0
  %".209" = getelementptr inbounds float, ptr %"ap", i64 %".208"
  %".210" = load float, ptr %".209"
  %".211" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".210", i32 0
  %".212" = shufflevector <16 x float> %".211", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".213" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".212", <16 x float> %".203", <16 x float> %".120")
  %".214" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".212", <16 x float> %".206", <16 x float> %".121")
  %".215" = add i64 %".207", 1
  %".216" = getelementptr inbounds float, ptr %"ap", i64 %".215"
  %".217" = load float, ptr %".216"
  %".218" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".217", i32 0
  %".219" = shufflevector <16 x float> %".218", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".220" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".219", <16 x float> %".203", <16 x float> %".127")
  %".221" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".219", <16 x float> %".206", <16 x float> %".128")
  %".222" = add i64 %".207", 2
  %".223" = getelementptr inbounds float, ptr %"ap", i64 %".222"
  %".224" = load float, ptr %".223"
  %".225" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".224", i32 0
  %".226" = shufflevector <16 x float> %".225", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".227" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".226", <16 x float> %".203", <16 x float> %".134")
  %".228" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".226", <16 x float> %".206", <16 x float> %".135")
  %".229" = add i64 %".207", 3
  %".230" = getelementptr inbounds float, ptr %"ap", i64 %".229"
  %".231" = load float, ptr %".230"
  %".232" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".231", i32 0
  %".233" = shufflevector <16 x float> %".232", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".234" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".233", <16 x float> %".203", <16 x float> %".141")
  %".235" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".233", <16 x float> %".206", <16 x float> %".142")
  %".236" = add i64 %".207", 4
  %".237" = getelementptr inbounds float, ptr %"ap", i64 %".236"
  %".238" = load float, ptr %".237"
  %".239" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".238", i32 0
  %".240" = shufflevector <16 x float> %".239", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".241" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".240", <16 x float> %".203", <16 x float> %".148")
  %".242" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".240", <16 x float> %".206", <16 x float> %".149")
  %".243" = add i64 %".207", 5
  %".244" = getelementptr inbounds float, ptr %"ap", i64 %".243"
  %".245" = load float, ptr %".244"
  %".246" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".245", i32 0
  %".247" = shufflevector <16 x float> %".246", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".248" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".247", <16 x float> %".203", <16 x float> %".155")
  %".249" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".247", <16 x float> %".206", <16 x float> %".156")
  %".250" = add i64 %".207", 6
  %".251" = getelementptr inbounds float, ptr %"ap", i64 %".250"
  %".252" = load float, ptr %".251"
  %".253" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".252", i32 0
  %".254" = shufflevector <16 x float> %".253", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".255" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".254", <16 x float> %".203", <16 x float> %".162")
  %".256" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".254", <16 x float> %".206", <16 x float> %".163")
  %".257" = add i64 %".207", 7
  %".258" = getelementptr inbounds float, ptr %"ap", i64 %".257"
  %".259" = load float, ptr %".258"
  %".260" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".259", i32 0
  %".261" = shufflevector <16 x float> %".260", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".262" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".261", <16 x float> %".203", <16 x float> %".169")
  %".263" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".261", <16 x float> %".206", <16 x float> %".170")
  %".264" = add i64 %".207", 8
  %".265" = getelementptr inbounds float, ptr %"ap", i64 %".264"
  %".266" = load float, ptr %".265"
  %".267" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".266", i32 0
  %".268" = shufflevector <16 x float> %".267", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".269" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".268", <16 x float> %".203", <16 x float> %".176")
  %".270" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".268", <16 x float> %".206", <16 x float> %".177")
  %".271" = add i64 %".207", 9
  %".272" = getelementptr inbounds float, ptr %"ap", i64 %".271"
  %".273" = load float, ptr %".272"
  %".274" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".273", i32 0
  %".275" = shufflevector <16 x float> %".274", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".276" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".275", <16 x float> %".203", <16 x float> %".183")
  %".277" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".275", <16 x float> %".206", <16 x float> %".184")
  %".278" = add i64 %".207", 10
  %".279" = getelementptr inbounds float, ptr %"ap", i64 %".278"
  %".280" = load float, ptr %".279"
  %".281" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".280", i32 0
  %".282" = shufflevector <16 x float> %".281", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".283" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".282", <16 x float> %".203", <16 x float> %".190")
  %".284" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".282", <16 x float> %".206", <16 x float> %".191")
  %".285" = add i64 %".207", 11
  %".286" = getelementptr inbounds float, ptr %"ap", i64 %".285"
  %".287" = load float, ptr %".286"
  %".288" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".287", i32 0
  %".289" = shufflevector <16 x float> %".288", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".290" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".289", <16 x float> %".203", <16 x float> %".197")
  %".291" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".289", <16 x float> %".206", <16 x float> %".198")
  %".292" = add i64 %"k", 3
  %".293" = mul i64 %".292", 32
  %".294" = add i64 %".293", 0
  %".295" = getelementptr inbounds float, ptr %"bp", i64 %".294"
  %".296" = load <16 x float>, ptr %".295", align 64
  %".297" = add i64 %".293", 16
  %".298" = getelementptr inbounds float, ptr %"bp", i64 %".297"
  %".299" = load <16 x float>, ptr %".298", align 64
  %".300" = mul i64 %".292", 12
  %".301" = add i64 %".300", 0
  %".302" = getelementptr inbounds float, ptr %"ap", i64 %".301"
  %".303" = load float, ptr %".302"
  %".304" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".303", i32 0
  %".305" = shufflevector <16 x float> %".304", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".306" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".305", <16 x float> %".296", <16 x float> %".213")
  %".307" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".305", <16 x float> %".299", <16 x float> %".214")
  %".308" = add i64 %".300", 1
  %".309" = getelementptr inbounds float, ptr %"ap", i64 %".308"
  %".310" = load float, ptr %".309"
  %".311" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".310", i32 0
  %".312" = shufflevector <16 x float> %".311", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".313" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".312", <16 x float> %".296", <16 x float> %".220")
  %".314" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".312", <16 x float> %".299", <16 x float> %".221")
  %".315" = add i64 %".300", 2
  %".316" = getelementptr inbounds float, ptr %"ap", i64 %".315"
  %".317" = load float, ptr %".316"
  %".318" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".317", i32 0
  %".319" = shufflevector <16 x float> %".318", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".320" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".319", <16 x float> %".296", <16 x float> %".227")
  %".321" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".319", <16 x float> %".299", <16 x float> %".228")
  %".322" = add i64 %".300", 3
  %".323" = getelementptr inbounds float, ptr %"ap", i64 %".322"
  %".324" = load float, ptr %".323"
  %".325" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".324", i32 0
  %".326" = shufflevector <16 x float> %".325", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".327" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".326", <16 x float> %".296", <16 x float> %".234")
  %".328" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".326", <16 x float> %".299", <16 x float> %".235")
  %".329" = add i64 %".300", 4
  %".330" = getelementptr inbounds float, ptr %"ap", i64 %".329"
  %".331" = load float, ptr %".330"
  %".332" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".331", i32 0
  %".333" = shufflevector <16 x float> %".332", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".334" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".333", <16 x float> %".296", <16 x float> %".241")
  %".335" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".333", <16 x float> %".299", <16 x float> %".242")
  %".336" = add i64 %".300", 5
  %".337" = getelementptr inbounds float, ptr %"ap", i64 %".336"
  %".338" = load float, ptr %".337"
  %".339" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".338", i32 0
  %".340" = shufflevector <16 x float> %".339", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".341" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".340", <16 x float> %".296", <16 x float> %".248")
  %".342" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".340", <16 x float> %".299", <16 x float> %".249")
  %".343" = add i64 %".300", 6
  %".344" = getelementptr inbounds float, ptr %"ap", i64 %".343"
  %".345" = load float, ptr %".344"
  %".346" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".345", i32 0
  %".347" = shufflevector <16 x float> %".346", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".348" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".347", <16 x float> %".296", <16 x float> %".255")
  %".349" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".347", <16 x float> %".299", <16 x float> %".256")
  %".350" = add i64 %".300", 7
  %".351" = getelementptr inbounds float, ptr %"ap", i64 %".350"
  %".352" = load float, ptr %".351"
  %".353" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".352", i32 0
  %".354" = shufflevector <16 x float> %".353", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".355" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".354", <16 x float> %".296", <16 x float> %".262")
  %".356" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".354", <16 x float> %".299", <16 x float> %".263")
  %".357" = add i64 %".300", 8
  %".358" = getelementptr inbounds float, ptr %"ap", i64 %".357"
  %".359" = load float, ptr %".358"
  %".360" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".359", i32 0
  %".361" = shufflevector <16 x float> %".360", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".362" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".361", <16 x float> %".296", <16 x float> %".269")
  %".363" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".361", <16 x float> %".299", <16 x float> %".270")
  %".364" = add i64 %".300", 9
  %".365" = getelementptr inbounds float, ptr %"ap", i64 %".364"
  %".366" = load float, ptr %".365"
  %".367" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".366", i32 0
  %".368" = shufflevector <16 x float> %".367", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".369" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".368", <16 x float> %".296", <16 x float> %".276")
  %".370" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".368", <16 x float> %".299", <16 x float> %".277")
  %".371" = add i64 %".300", 10
  %".372" = getelementptr inbounds float, ptr %"ap", i64 %".371"
  %".373" = load float, ptr %".372"
  %".374" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".373", i32 0
  %".375" = shufflevector <16 x float> %".374", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".376" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".375", <16 x float> %".296", <16 x float> %".283")
  %".377" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".375", <16 x float> %".299", <16 x float> %".284")
  %".378" = add i64 %".300", 11
  %".379" = getelementptr inbounds float, ptr %"ap", i64 %".378"
  %".380" = load float, ptr %".379"
  %".381" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".380", i32 0
  %".382" = shufflevector <16 x float> %".381", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".383" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".382", <16 x float> %".296", <16 x float> %".290")
  %".384" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".382", <16 x float> %".299", <16 x float> %".291")
  %".385" = add i64 %"k", 4
  %".386" = icmp slt i64 %".385", %".10"
  br i1 %".386", label %"main", label %"mid"
mid:
  %".388" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".306", %"main"]
  %".389" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".307", %"main"]
  %".390" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".313", %"main"]
  %".391" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".314", %"main"]
  %".392" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".320", %"main"]
  %".393" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".321", %"main"]
  %".394" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".327", %"main"]
  %".395" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".328", %"main"]
  %".396" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".334", %"main"]
  %".397" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".335", %"main"]
  %".398" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".341", %"main"]
  %".399" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".342", %"main"]
  %".400" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".348", %"main"]
  %".401" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".349", %"main"]
  %".402" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".355", %"main"]
  %".403" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".356", %"main"]
  %".404" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".362", %"main"]
  %".405" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".363", %"main"]
  %".406" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".369", %"main"]
  %".407" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".370", %"main"]
  %".408" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".376", %"main"]
  %".409" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".377", %"main"]
  %".410" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".383", %"main"]
  %".411" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".384", %"main"]
  %".412" = icmp slt i64 %".10", %"kc"
  br i1 %".412", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".530", %"rem"]
  %".414" = phi  <16 x float> [%".388", %"mid"], [%".451", %"rem"]
  %".415" = phi  <16 x float> [%".389", %"mid"], [%".452", %"rem"]
  %".416" = phi  <16 x float> [%".390", %"mid"], [%".458", %"rem"]
  %".417" = phi  <16 x float> [%".391", %"mid"], [%".459", %"rem"]
  %".418" = phi  <16 x float> [%".392", %"mid"], [%".465", %"rem"]
  %".419" = phi  <16 x float> [%".393", %"mid"], [%".466", %"rem"]
  %".420" = phi  <16 x float> [%".394", %"mid"], [%".472", %"rem"]
  %".421" = phi  <16 x float> [%".395", %"mid"], [%".473", %"rem"]
  %".422" = phi  <16 x float> [%".396", %"mid"], [%".479", %"rem"]
  %".423" = phi  <16 x float> [%".397", %"mid"], [%".480", %"rem"]
  %".424" = phi  <16 x float> [%".398", %"mid"], [%".486", %"rem"]
  %".425" = phi  <16 x float> [%".399", %"mid"], [%".487", %"rem"]
  %".426" = phi  <16 x float> [%".400", %"mid"], [%".493", %"rem"]
  %".427" = phi  <16 x float> [%".401", %"mid"], [%".494", %"rem"]
  %".428" = phi  <16 x float> [%".402", %"mid"], [%".500", %"rem"]
  %".429" = phi  <16 x float> [%".403", %"mid"], [%".501", %"rem"]
  %".430" = phi  <16 x float> [%".404", %"mid"], [%".507", %"rem"]
  %".431" = phi  <16 x float> [%".405", %"mid"], [%".508", %"rem"]
  %".432" = phi  <16 x float> [%".406", %"mid"], [%".514", %"rem"]
  %".433" = phi  <16 x float> [%".407", %"mid"], [%".515", %"rem"]
  %".434" = phi  <16 x float> [%".408", %"mid"], [%".521", %"rem"]
  %".435" = phi  <16 x float> [%".409", %"mid"], [%".522", %"rem"]
  %".436" = phi  <16 x float> [%".410", %"mid"], [%".528", %"rem"]
  %".437" = phi  <16 x float> [%".411", %"mid"], [%".529", %"rem"]
  %".438" = mul i64 %"k1", 32
  %".439" = add i64 %".438", 0
  %".440" = getelementptr inbounds float, ptr %"bp", i64 %".439"
  %".441" = load <16 x float>, ptr %".440", align 64
  %".442" = add i64 %".438", 16
  %".443" = getelementptr inbounds float, ptr %"bp", i64 %".442"
  %".444" = load <16 x float>, ptr %".443", align 64
  %".445" = mul i64 %"k1", 12
  %".446" = add i64 %".445", 0
  %".447" = getelementptr inbounds float, ptr %"ap", i64 %".446"
  %".448" = load float, ptr %".447"
  %".449" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".448", i32 0
  %".450" = shufflevector <16 x float> %".449", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".451" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".450", <16 x float> %".441", <16 x float> %".414")
  %".452" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".450", <16 x float> %".444", <16 x float> %".415")
  %".453" = add i64 %".445", 1
  %".454" = getelementptr inbounds float, ptr %"ap", i64 %".453"
  %".455" = load float, ptr %".454"
  %".456" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".455", i32 0
  %".457" = shufflevector <16 x float> %".456", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".458" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".457", <16 x float> %".441", <16 x float> %".416")
  %".459" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".457", <16 x float> %".444", <16 x float> %".417")
  %".460" = add i64 %".445", 2
  %".461" = getelementptr inbounds float, ptr %"ap", i64 %".460"
  %".462" = load float, ptr %".461"
  %".463" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".462", i32 0
  %".464" = shufflevector <16 x float> %".463", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".465" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".464", <16 x float> %".441", <16 x float> %".418")
  %".466" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".464", <16 x float> %".444", <16 x float> %".419")
  %".467" = add i64 %".445", 3
  %".468" = getelementptr inbounds float, ptr %"ap", i64 %".467"
  %".469" = load float, ptr %".468"
  %".470" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".469", i32 0
  %".471" = shufflevector <16 x float> %".470", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".472" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".471", <16 x float> %".441", <16 x float> %".420")
  %".473" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".471", <16 x float> %".444", <16 x float> %".421")
  %".474" = add i64 %".445", 4
  %".475" = getelementptr inbounds float, ptr %"ap", i64 %".474"
  %".476" = load float, ptr %".475"
  %".477" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".476", i32 0
  %".478" = shufflevector <16 x float> %".477", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".479" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".478", <16 x float> %".441", <16 x float> %".422")
  %".480" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".478", <16 x float> %".444", <16 x float> %".423")
  %".481" = add i64 %".445", 5
  %".482" = getelementptr inbounds float, ptr %"ap", i64 %".481"
  %".483" = load float, ptr %".482"
  %".484" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".483", i32 0
  %".485" = shufflevector <16 x float> %".484", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".486" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".485", <16 x float> %".441", <16 x float> %".424")
  %".487" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".485", <16 x float> %".444", <16 x float> %".425")
  %".488" = add i64 %".445", 6
  %".489" = getelementptr inbounds float, ptr %"ap", i64 %".488"
  %".490" = load float, ptr %".489"
  %".491" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".490", i32 0
  %".492" = shufflevector <16 x float> %".491", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".493" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".492", <16 x float> %".441", <16 x float> %".426")
  %".494" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".492", <16 x float> %".444", <16 x float> %".427")
  %".495" = add i64 %".445", 7
  %".496" = getelementptr inbounds float, ptr %"ap", i64 %".495"
  %".497" = load float, ptr %".496"
  %".498" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".497", i32 0
  %".499" = shufflevector <16 x float> %".498", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".500" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".499", <16 x float> %".441", <16 x float> %".428")
  %".501" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".499", <16 x float> %".444", <16 x float> %".429")
  %".502" = add i64 %".445", 8
  %".503" = getelementptr inbounds float, ptr %"ap", i64 %".502"
  %".504" = load float, ptr %".503"
  %".505" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".504", i32 0
  %".506" = shufflevector <16 x float> %".505", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".507" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".506", <16 x float> %".441", <16 x float> %".430")
  %".508" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".506", <16 x float> %".444", <16 x float> %".431")
  %".509" = add i64 %".445", 9
  %".510" = getelementptr inbounds float, ptr %"ap", i64 %".509"
  %".511" = load float, ptr %".510"
  %".512" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".511", i32 0
  %".513" = shufflevector <16 x float> %".512", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".514" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".513", <16 x float> %".441", <16 x float> %".432")
  %".515" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".513", <16 x float> %".444", <16 x float> %".433")
  %".516" = add i64 %".445", 10
  %".517" = getelementptr inbounds float, ptr %"ap", i64 %".516"
  %".518" = load float, ptr %".517"
  %".519" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".518", i32 0
  %".520" = shufflevector <16 x float> %".519", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".521" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".520", <16 x float> %".441", <16 x float> %".434")
  %".522" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".520", <16 x float> %".444", <16 x float> %".435")
  %".523" = add i64 %".445", 11
  %".524" = getelementptr inbounds float, ptr %"ap", i64 %".523"
  %".525" = load float, ptr %".524"
  %".526" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".525", i32 0
  %".527" = shufflevector <16 x float> %".526", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".528" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".527", <16 x float> %".441", <16 x float> %".436")
  %".529" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".527", <16 x float> %".444", <16 x float> %".437")
  %".530" = add i64 %"k1", 1
  %".531" = icmp slt i64 %".530", %"kc"
  br i1 %".531", label %"rem", label %"tail"
tail:
  %".533" = phi  <16 x float> [%".388", %"mid"], [%".451", %"rem"]
  %".534" = phi  <16 x float> [%".389", %"mid"], [%".452", %"rem"]
  %".535" = phi  <16 x float> [%".390", %"mid"], [%".458", %"rem"]
  %".536" = phi  <16 x float> [%".391", %"mid"], [%".459", %"rem"]
  %".537" = phi  <16 x float> [%".392", %"mid"], [%".465", %"rem"]
  %".538" = phi  <16 x float> [%".393", %"mid"], [%".466", %"rem"]
  %".539" = phi  <16 x float> [%".394", %"mid"], [%".472", %"rem"]
  %".540" = phi  <16 x float> [%".395", %"mid"], [%".473", %"rem"]
  %".541" = phi  <16 x float> [%".396", %"mid"], [%".479", %"rem"]
  %".542" = phi  <16 x float> [%".397", %"mid"], [%".480", %"rem"]
  %".543" = phi  <16 x float> [%".398", %"mid"], [%".486", %"rem"]
  %".544" = phi  <16 x float> [%".399", %"mid"], [%".487", %"rem"]
  %".545" = phi  <16 x float> [%".400", %"mid"], [%".493", %"rem"]
  %".546" = phi  <16 x float> [%".401", %"mid"], [%".494", %"rem"]
  %".547" = phi  <16 x float> [%".402", %"mid"], [%".500", %"rem"]
  %".548" = phi  <16 x float> [%".403", %"mid"], [%".501", %"rem"]
  %".549" = phi  <16 x float> [%".404", %"mid"], [%".507", %"rem"]
  %".550" = phi  <16 x float> [%".405", %"mid"], [%".508", %"rem"]
  %".551" = phi  <16 x float> [%".406", %"mid"], [%".514", %"rem"]
  %".552" = phi  <16 x float> [%".407", %"mid"], [%".515", %"rem"]
  %".553" = phi  <16 x float> [%".408", %"mid"], [%".521", %"rem"]
  %".554" = phi  <16 x float> [%".409", %"mid"], [%".522", %"rem"]
  %".555" = phi  <16 x float> [%".410", %"mid"], [%".528", %"rem"]
  %".556" = phi  <16 x float> [%".411", %"mid"], [%".529", %"rem"]
  %".557" = icmp eq i64 %"mr", 12
  %".558" = icmp eq i64 %"nr", 32
  %".559" = and i1 %".557", %".558"
  br i1 %".559", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".805" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".806" = shufflevector <16 x i64> %".805", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".807" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".806"
  %".808" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".806"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row11" i64 2, label %"row10" i64 3, label %"row9" i64 4, label %"row8" i64 5, label %"row7" i64 6, label %"row6" i64 7, label %"row5" i64 8, label %"row4" i64 9, label %"row3" i64 10, label %"row2" i64 11, label %"row1" i64 12, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".562" = mul i64 0, %"ldc"
  %".563" = add i64 %".562", 0
  %".564" = getelementptr inbounds float, ptr %"c", i64 %".563"
  store <16 x float> %".533", ptr %".564", align 4
  %".566" = mul i64 0, %"ldc"
  %".567" = add i64 %".566", 16
  %".568" = getelementptr inbounds float, ptr %"c", i64 %".567"
  store <16 x float> %".534", ptr %".568", align 4
  %".570" = mul i64 1, %"ldc"
  %".571" = add i64 %".570", 0
  %".572" = getelementptr inbounds float, ptr %"c", i64 %".571"
  store <16 x float> %".535", ptr %".572", align 4
  %".574" = mul i64 1, %"ldc"
  %".575" = add i64 %".574", 16
  %".576" = getelementptr inbounds float, ptr %"c", i64 %".575"
  store <16 x float> %".536", ptr %".576", align 4
  %".578" = mul i64 2, %"ldc"
  %".579" = add i64 %".578", 0
  %".580" = getelementptr inbounds float, ptr %"c", i64 %".579"
  store <16 x float> %".537", ptr %".580", align 4
  %".582" = mul i64 2, %"ldc"
  %".583" = add i64 %".582", 16
  %".584" = getelementptr inbounds float, ptr %"c", i64 %".583"
  store <16 x float> %".538", ptr %".584", align 4
  %".586" = mul i64 3, %"ldc"
  %".587" = add i64 %".586", 0
  %".588" = getelementptr inbounds float, ptr %"c", i64 %".587"
  store <16 x float> %".539", ptr %".588", align 4
  %".590" = mul i64 3, %"ldc"
  %".591" = add i64 %".590", 16
  %".592" = getelementptr inbounds float, ptr %"c", i64 %".591"
  store <16 x float> %".540", ptr %".592", align 4
  %".594" = mul i64 4, %"ldc"
  %".595" = add i64 %".594", 0
  %".596" = getelementptr inbounds float, ptr %"c", i64 %".595"
  store <16 x float> %".541", ptr %".596", align 4
  %".598" = mul i64 4, %"ldc"
  %".599" = add i64 %".598", 16
  %".600" = getelementptr inbounds float, ptr %"c", i64 %".599"
  store <16 x float> %".542", ptr %".600", align 4
  %".602" = mul i64 5, %"ldc"
  %".603" = add i64 %".602", 0
  %".604" = getelementptr inbounds float, ptr %"c", i64 %".603"
  store <16 x float> %".543", ptr %".604", align 4
  %".606" = mul i64 5, %"ldc"
  %".607" = add i64 %".606", 16
  %".608" = getelementptr inbounds float, ptr %"c", i64 %".607"
  store <16 x float> %".544", ptr %".608", align 4
  %".610" = mul i64 6, %"ldc"
  %".611" = add i64 %".610", 0
  %".612" = getelementptr inbounds float, ptr %"c", i64 %".611"
  store <16 x float> %".545", ptr %".612", align 4
  %".614" = mul i64 6, %"ldc"
  %".615" = add i64 %".614", 16
  %".616" = getelementptr inbounds float, ptr %"c", i64 %".615"
  store <16 x float> %".546", ptr %".616", align 4
  %".618" = mul i64 7, %"ldc"
  %".619" = add i64 %".618", 0
  %".620" = getelementptr inbounds float, ptr %"c", i64 %".619"
  store <16 x float> %".547", ptr %".620", align 4
  %".622" = mul i64 7, %"ldc"
  %".623" = add i64 %".622", 16
  %".624" = getelementptr inbounds float, ptr %"c", i64 %".623"
  store <16 x float> %".548", ptr %".624", align 4
  %".626" = mul i64 8, %"ldc"
  %".627" = add i64 %".626", 0
  %".628" = getelementptr inbounds float, ptr %"c", i64 %".627"
  store <16 x float> %".549", ptr %".628", align 4
  %".630" = mul i64 8, %"ldc"
  %".631" = add i64 %".630", 16
  %".632" = getelementptr inbounds float, ptr %"c", i64 %".631"
  store <16 x float> %".550", ptr %".632", align 4
  %".634" = mul i64 9, %"ldc"
  %".635" = add i64 %".634", 0
  %".636" = getelementptr inbounds float, ptr %"c", i64 %".635"
  store <16 x float> %".551", ptr %".636", align 4
  %".638" = mul i64 9, %"ldc"
  %".639" = add i64 %".638", 16
  %".640" = getelementptr inbounds float, ptr %"c", i64 %".639"
  store <16 x float> %".552", ptr %".640", align 4
  %".642" = mul i64 10, %"ldc"
  %".643" = add i64 %".642", 0
  %".644" = getelementptr inbounds float, ptr %"c", i64 %".643"
  store <16 x float> %".553", ptr %".644", align 4
  %".646" = mul i64 10, %"ldc"
  %".647" = add i64 %".646", 16
  %".648" = getelementptr inbounds float, ptr %"c", i64 %".647"
  store <16 x float> %".554", ptr %".648", align 4
  %".650" = mul i64 11, %"ldc"
  %".651" = add i64 %".650", 0
  %".652" = getelementptr inbounds float, ptr %"c", i64 %".651"
  store <16 x float> %".555", ptr %".652", align 4
  %".654" = mul i64 11, %"ldc"
  %".655" = add i64 %".654", 16
  %".656" = getelementptr inbounds float, ptr %"c", i64 %".655"
  store <16 x float> %".556", ptr %".656", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".659" = mul i64 0, %"ldc"
  %".660" = add i64 %".659", 0
  %".661" = getelementptr inbounds float, ptr %"c", i64 %".660"
  %".662" = load <16 x float>, ptr %".661", align 4
  %".663" = fadd reassoc contract nsz <16 x float> %".662", %".533"
  store <16 x float> %".663", ptr %".661", align 4
  %".665" = mul i64 0, %"ldc"
  %".666" = add i64 %".665", 16
  %".667" = getelementptr inbounds float, ptr %"c", i64 %".666"
  %".668" = load <16 x float>, ptr %".667", align 4
  %".669" = fadd reassoc contract nsz <16 x float> %".668", %".534"
  store <16 x float> %".669", ptr %".667", align 4
  %".671" = mul i64 1, %"ldc"
  %".672" = add i64 %".671", 0
  %".673" = getelementptr inbounds float, ptr %"c", i64 %".672"
  %".674" = load <16 x float>, ptr %".673", align 4
  %".675" = fadd reassoc contract nsz <16 x float> %".674", %".535"
  store <16 x float> %".675", ptr %".673", align 4
  %".677" = mul i64 1, %"ldc"
  %".678" = add i64 %".677", 16
  %".679" = getelementptr inbounds float, ptr %"c", i64 %".678"
  %".680" = load <16 x float>, ptr %".679", align 4
  %".681" = fadd reassoc contract nsz <16 x float> %".680", %".536"
  store <16 x float> %".681", ptr %".679", align 4
  %".683" = mul i64 2, %"ldc"
  %".684" = add i64 %".683", 0
  %".685" = getelementptr inbounds float, ptr %"c", i64 %".684"
  %".686" = load <16 x float>, ptr %".685", align 4
  %".687" = fadd reassoc contract nsz <16 x float> %".686", %".537"
  store <16 x float> %".687", ptr %".685", align 4
  %".689" = mul i64 2, %"ldc"
  %".690" = add i64 %".689", 16
  %".691" = getelementptr inbounds float, ptr %"c", i64 %".690"
  %".692" = load <16 x float>, ptr %".691", align 4
  %".693" = fadd reassoc contract nsz <16 x float> %".692", %".538"
  store <16 x float> %".693", ptr %".691", align 4
  %".695" = mul i64 3, %"ldc"
  %".696" = add i64 %".695", 0
  %".697" = getelementptr inbounds float, ptr %"c", i64 %".696"
  %".698" = load <16 x float>, ptr %".697", align 4
  %".699" = fadd reassoc contract nsz <16 x float> %".698", %".539"
  store <16 x float> %".699", ptr %".697", align 4
  %".701" = mul i64 3, %"ldc"
  %".702" = add i64 %".701", 16
  %".703" = getelementptr inbounds float, ptr %"c", i64 %".702"
  %".704" = load <16 x float>, ptr %".703", align 4
  %".705" = fadd reassoc contract nsz <16 x float> %".704", %".540"
  store <16 x float> %".705", ptr %".703", align 4
  %".707" = mul i64 4, %"ldc"
  %".708" = add i64 %".707", 0
  %".709" = getelementptr inbounds float, ptr %"c", i64 %".708"
  %".710" = load <16 x float>, ptr %".709", align 4
  %".711" = fadd reassoc contract nsz <16 x float> %".710", %".541"
  store <16 x float> %".711", ptr %".709", align 4
  %".713" = mul i64 4, %"ldc"
  %".714" = add i64 %".713", 16
  %".715" = getelementptr inbounds float, ptr %"c", i64 %".714"
  %".716" = load <16 x float>, ptr %".715", align 4
  %".717" = fadd reassoc contract nsz <16 x float> %".716", %".542"
  store <16 x float> %".717", ptr %".715", align 4
  %".719" = mul i64 5, %"ldc"
  %".720" = add i64 %".719", 0
  %".721" = getelementptr inbounds float, ptr %"c", i64 %".720"
  %".722" = load <16 x float>, ptr %".721", align 4
  %".723" = fadd reassoc contract nsz <16 x float> %".722", %".543"
  store <16 x float> %".723", ptr %".721", align 4
  %".725" = mul i64 5, %"ldc"
  %".726" = add i64 %".725", 16
  %".727" = getelementptr inbounds float, ptr %"c", i64 %".726"
  %".728" = load <16 x float>, ptr %".727", align 4
  %".729" = fadd reassoc contract nsz <16 x float> %".728", %".544"
  store <16 x float> %".729", ptr %".727", align 4
  %".731" = mul i64 6, %"ldc"
  %".732" = add i64 %".731", 0
  %".733" = getelementptr inbounds float, ptr %"c", i64 %".732"
  %".734" = load <16 x float>, ptr %".733", align 4
  %".735" = fadd reassoc contract nsz <16 x float> %".734", %".545"
  store <16 x float> %".735", ptr %".733", align 4
  %".737" = mul i64 6, %"ldc"
  %".738" = add i64 %".737", 16
  %".739" = getelementptr inbounds float, ptr %"c", i64 %".738"
  %".740" = load <16 x float>, ptr %".739", align 4
  %".741" = fadd reassoc contract nsz <16 x float> %".740", %".546"
  store <16 x float> %".741", ptr %".739", align 4
  %".743" = mul i64 7, %"ldc"
  %".744" = add i64 %".743", 0
  %".745" = getelementptr inbounds float, ptr %"c", i64 %".744"
  %".746" = load <16 x float>, ptr %".745", align 4
  %".747" = fadd reassoc contract nsz <16 x float> %".746", %".547"
  store <16 x float> %".747", ptr %".745", align 4
  %".749" = mul i64 7, %"ldc"
  %".750" = add i64 %".749", 16
  %".751" = getelementptr inbounds float, ptr %"c", i64 %".750"
  %".752" = load <16 x float>, ptr %".751", align 4
  %".753" = fadd reassoc contract nsz <16 x float> %".752", %".548"
  store <16 x float> %".753", ptr %".751", align 4
  %".755" = mul i64 8, %"ldc"
  %".756" = add i64 %".755", 0
  %".757" = getelementptr inbounds float, ptr %"c", i64 %".756"
  %".758" = load <16 x float>, ptr %".757", align 4
  %".759" = fadd reassoc contract nsz <16 x float> %".758", %".549"
  store <16 x float> %".759", ptr %".757", align 4
  %".761" = mul i64 8, %"ldc"
  %".762" = add i64 %".761", 16
  %".763" = getelementptr inbounds float, ptr %"c", i64 %".762"
  %".764" = load <16 x float>, ptr %".763", align 4
  %".765" = fadd reassoc contract nsz <16 x float> %".764", %".550"
  store <16 x float> %".765", ptr %".763", align 4
  %".767" = mul i64 9, %"ldc"
  %".768" = add i64 %".767", 0
  %".769" = getelementptr inbounds float, ptr %"c", i64 %".768"
  %".770" = load <16 x float>, ptr %".769", align 4
  %".771" = fadd reassoc contract nsz <16 x float> %".770", %".551"
  store <16 x float> %".771", ptr %".769", align 4
  %".773" = mul i64 9, %"ldc"
  %".774" = add i64 %".773", 16
  %".775" = getelementptr inbounds float, ptr %"c", i64 %".774"
  %".776" = load <16 x float>, ptr %".775", align 4
  %".777" = fadd reassoc contract nsz <16 x float> %".776", %".552"
  store <16 x float> %".777", ptr %".775", align 4
  %".779" = mul i64 10, %"ldc"
  %".780" = add i64 %".779", 0
  %".781" = getelementptr inbounds float, ptr %"c", i64 %".780"
  %".782" = load <16 x float>, ptr %".781", align 4
  %".783" = fadd reassoc contract nsz <16 x float> %".782", %".553"
  store <16 x float> %".783", ptr %".781", align 4
  %".785" = mul i64 10, %"ldc"
  %".786" = add i64 %".785", 16
  %".787" = getelementptr inbounds float, ptr %"c", i64 %".786"
  %".788" = load <16 x float>, ptr %".787", align 4
  %".789" = fadd reassoc contract nsz <16 x float> %".788", %".554"
  store <16 x float> %".789", ptr %".787", align 4
  %".791" = mul i64 11, %"ldc"
  %".792" = add i64 %".791", 0
  %".793" = getelementptr inbounds float, ptr %"c", i64 %".792"
  %".794" = load <16 x float>, ptr %".793", align 4
  %".795" = fadd reassoc contract nsz <16 x float> %".794", %".555"
  store <16 x float> %".795", ptr %".793", align 4
  %".797" = mul i64 11, %"ldc"
  %".798" = add i64 %".797", 16
  %".799" = getelementptr inbounds float, ptr %"c", i64 %".798"
  %".800" = load <16 x float>, ptr %".799", align 4
  %".801" = fadd reassoc contract nsz <16 x float> %".800", %".556"
  store <16 x float> %".801", ptr %".799", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".810" = mul i64 11, %"ldc"
  %".811" = add i64 %".810", 0
  %".812" = getelementptr inbounds float, ptr %"c", i64 %".811"
  %".813" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".812", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".814" = fadd reassoc contract nsz <16 x float> %".813", %".555"
  %".815" = select  i1 %"first", <16 x float> %".555", <16 x float> %".814"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".815", ptr %".812", i32 4, <16 x i1> %".807")
  %".817" = mul i64 11, %"ldc"
  %".818" = add i64 %".817", 16
  %".819" = getelementptr inbounds float, ptr %"c", i64 %".818"
  %".820" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".819", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".821" = fadd reassoc contract nsz <16 x float> %".820", %".556"
  %".822" = select  i1 %"first", <16 x float> %".556", <16 x float> %".821"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".822", ptr %".819", i32 4, <16 x i1> %".808")
  br label %"row1"
row1:
  %".825" = mul i64 10, %"ldc"
  %".826" = add i64 %".825", 0
  %".827" = getelementptr inbounds float, ptr %"c", i64 %".826"
  %".828" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".827", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".829" = fadd reassoc contract nsz <16 x float> %".828", %".553"
  %".830" = select  i1 %"first", <16 x float> %".553", <16 x float> %".829"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".830", ptr %".827", i32 4, <16 x i1> %".807")
  %".832" = mul i64 10, %"ldc"
  %".833" = add i64 %".832", 16
  %".834" = getelementptr inbounds float, ptr %"c", i64 %".833"
  %".835" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".834", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".836" = fadd reassoc contract nsz <16 x float> %".835", %".554"
  %".837" = select  i1 %"first", <16 x float> %".554", <16 x float> %".836"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".837", ptr %".834", i32 4, <16 x i1> %".808")
  br label %"row2"
row2:
  %".840" = mul i64 9, %"ldc"
  %".841" = add i64 %".840", 0
  %".842" = getelementptr inbounds float, ptr %"c", i64 %".841"
  %".843" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".842", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".844" = fadd reassoc contract nsz <16 x float> %".843", %".551"
  %".845" = select  i1 %"first", <16 x float> %".551", <16 x float> %".844"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".845", ptr %".842", i32 4, <16 x i1> %".807")
  %".847" = mul i64 9, %"ldc"
  %".848" = add i64 %".847", 16
  %".849" = getelementptr inbounds float, ptr %"c", i64 %".848"
  %".850" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".849", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".851" = fadd reassoc contract nsz <16 x float> %".850", %".552"
  %".852" = select  i1 %"first", <16 x float> %".552", <16 x float> %".851"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".852", ptr %".849", i32 4, <16 x i1> %".808")
  br label %"row3"
row3:
  %".855" = mul i64 8, %"ldc"
  %".856" = add i64 %".855", 0
  %".857" = getelementptr inbounds float, ptr %"c", i64 %".856"
  %".858" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".857", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".859" = fadd reassoc contract nsz <16 x float> %".858", %".549"
  %".860" = select  i1 %"first", <16 x float> %".549", <16 x float> %".859"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".860", ptr %".857", i32 4, <16 x i1> %".807")
  %".862" = mul i64 8, %"ldc"
  %".863" = add i64 %".862", 16
  %".864" = getelementptr inbounds float, ptr %"c", i64 %".863"
  %".865" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".864", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".866" = fadd reassoc contract nsz <16 x float> %".865", %".550"
  %".867" = select  i1 %"first", <16 x float> %".550", <16 x float> %".866"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".867", ptr %".864", i32 4, <16 x i1> %".808")
  br label %"row4"
row4:
  %".870" = mul i64 7, %"ldc"
  %".871" = add i64 %".870", 0
  %".872" = getelementptr inbounds float, ptr %"c", i64 %".871"
  %".873" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".872", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".874" = fadd reassoc contract nsz <16 x float> %".873", %".547"
  %".875" = select  i1 %"first", <16 x float> %".547", <16 x float> %".874"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".875", ptr %".872", i32 4, <16 x i1> %".807")
  %".877" = mul i64 7, %"ldc"
  %".878" = add i64 %".877", 16
  %".879" = getelementptr inbounds float, ptr %"c", i64 %".878"
  %".880" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".879", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".881" = fadd reassoc contract nsz <16 x float> %".880", %".548"
  %".882" = select  i1 %"first", <16 x float> %".548", <16 x float> %".881"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".882", ptr %".879", i32 4, <16 x i1> %".808")
  br label %"row5"
row5:
  %".885" = mul i64 6, %"ldc"
  %".886" = add i64 %".885", 0
  %".887" = getelementptr inbounds float, ptr %"c", i64 %".886"
  %".888" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".887", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".889" = fadd reassoc contract nsz <16 x float> %".888", %".545"
  %".890" = select  i1 %"first", <16 x float> %".545", <16 x float> %".889"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".890", ptr %".887", i32 4, <16 x i1> %".807")
  %".892" = mul i64 6, %"ldc"
  %".893" = add i64 %".892", 16
  %".894" = getelementptr inbounds float, ptr %"c", i64 %".893"
  %".895" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".894", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".896" = fadd reassoc contract nsz <16 x float> %".895", %".546"
  %".897" = select  i1 %"first", <16 x float> %".546", <16 x float> %".896"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".897", ptr %".894", i32 4, <16 x i1> %".808")
  br label %"row6"
row6:
  %".900" = mul i64 5, %"ldc"
  %".901" = add i64 %".900", 0
  %".902" = getelementptr inbounds float, ptr %"c", i64 %".901"
  %".903" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".902", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".904" = fadd reassoc contract nsz <16 x float> %".903", %".543"
  %".905" = select  i1 %"first", <16 x float> %".543", <16 x float> %".904"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".905", ptr %".902", i32 4, <16 x i1> %".807")
  %".907" = mul i64 5, %"ldc"
  %".908" = add i64 %".907", 16
  %".909" = getelementptr inbounds float, ptr %"c", i64 %".908"
  %".910" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".909", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".911" = fadd reassoc contract nsz <16 x float> %".910", %".544"
  %".912" = select  i1 %"first", <16 x float> %".544", <16 x float> %".911"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".912", ptr %".909", i32 4, <16 x i1> %".808")
  br label %"row7"
row7:
  %".915" = mul i64 4, %"ldc"
  %".916" = add i64 %".915", 0
  %".917" = getelementptr inbounds float, ptr %"c", i64 %".916"
  %".918" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".917", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".919" = fadd reassoc contract nsz <16 x float> %".918", %".541"
  %".920" = select  i1 %"first", <16 x float> %".541", <16 x float> %".919"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".920", ptr %".917", i32 4, <16 x i1> %".807")
  %".922" = mul i64 4, %"ldc"
  %".923" = add i64 %".922", 16
  %".924" = getelementptr inbounds float, ptr %"c", i64 %".923"
  %".925" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".924", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".926" = fadd reassoc contract nsz <16 x float> %".925", %".542"
  %".927" = select  i1 %"first", <16 x float> %".542", <16 x float> %".926"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".927", ptr %".924", i32 4, <16 x i1> %".808")
  br label %"row8"
row8:
  %".930" = mul i64 3, %"ldc"
  %".931" = add i64 %".930", 0
  %".932" = getelementptr inbounds float, ptr %"c", i64 %".931"
  %".933" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".932", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".934" = fadd reassoc contract nsz <16 x float> %".933", %".539"
  %".935" = select  i1 %"first", <16 x float> %".539", <16 x float> %".934"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".935", ptr %".932", i32 4, <16 x i1> %".807")
  %".937" = mul i64 3, %"ldc"
  %".938" = add i64 %".937", 16
  %".939" = getelementptr inbounds float, ptr %"c", i64 %".938"
  %".940" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".939", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".941" = fadd reassoc contract nsz <16 x float> %".940", %".540"
  %".942" = select  i1 %"first", <16 x float> %".540", <16 x float> %".941"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".942", ptr %".939", i32 4, <16 x i1> %".808")
  br label %"row9"
row9:
  %".945" = mul i64 2, %"ldc"
  %".946" = add i64 %".945", 0
  %".947" = getelementptr inbounds float, ptr %"c", i64 %".946"
  %".948" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".947", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".949" = fadd reassoc contract nsz <16 x float> %".948", %".537"
  %".950" = select  i1 %"first", <16 x float> %".537", <16 x float> %".949"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".950", ptr %".947", i32 4, <16 x i1> %".807")
  %".952" = mul i64 2, %"ldc"
  %".953" = add i64 %".952", 16
  %".954" = getelementptr inbounds float, ptr %"c", i64 %".953"
  %".955" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".954", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".956" = fadd reassoc contract nsz <16 x float> %".955", %".538"
  %".957" = select  i1 %"first", <16 x float> %".538", <16 x float> %".956"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".957", ptr %".954", i32 4, <16 x i1> %".808")
  br label %"row10"
row10:
  %".960" = mul i64 1, %"ldc"
  %".961" = add i64 %".960", 0
  %".962" = getelementptr inbounds float, ptr %"c", i64 %".961"
  %".963" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".962", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".964" = fadd reassoc contract nsz <16 x float> %".963", %".535"
  %".965" = select  i1 %"first", <16 x float> %".535", <16 x float> %".964"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".965", ptr %".962", i32 4, <16 x i1> %".807")
  %".967" = mul i64 1, %"ldc"
  %".968" = add i64 %".967", 16
  %".969" = getelementptr inbounds float, ptr %"c", i64 %".968"
  %".970" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".969", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".971" = fadd reassoc contract nsz <16 x float> %".970", %".536"
  %".972" = select  i1 %"first", <16 x float> %".536", <16 x float> %".971"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".972", ptr %".969", i32 4, <16 x i1> %".808")
  br label %"row11"
row11:
  %".975" = mul i64 0, %"ldc"
  %".976" = add i64 %".975", 0
  %".977" = getelementptr inbounds float, ptr %"c", i64 %".976"
  %".978" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".977", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".979" = fadd reassoc contract nsz <16 x float> %".978", %".533"
  %".980" = select  i1 %"first", <16 x float> %".533", <16 x float> %".979"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".980", ptr %".977", i32 4, <16 x i1> %".807")
  %".982" = mul i64 0, %"ldc"
  %".983" = add i64 %".982", 16
  %".984" = getelementptr inbounds float, ptr %"c", i64 %".983"
  %".985" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".984", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".986" = fadd reassoc contract nsz <16 x float> %".985", %".534"
  %".987" = select  i1 %"first", <16 x float> %".534", <16 x float> %".986"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".987", ptr %".984", i32 4, <16 x i1> %".808")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel6"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".217", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".180", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".187", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".194", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".201", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %"acc8" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".208", %"main"]
  %"acc9" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %"acc10" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".215", %"main"]
  %"acc11" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 32
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <16 x float>, ptr %".16", align 64
  %".18" = add i64 %".14", 16
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <16 x float>, ptr %".19", align 64
  %".21" = mul i64 %".13", 12
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <16 x float> %".25", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".17", <16 x float> %"acc0")
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".20", <16 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <16 x float> %".32", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".17", <16 x float> %"acc2")
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".20", <16 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <16 x float> %".39", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".17", <16 x float> %"acc4")
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".20", <16 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <16 x float> %".46", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".17", <16 x float> %"acc6")
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".20", <16 x float> %"acc7")
  %".50" = add i64 %".21", 4
  %".51" = getelementptr inbounds float, ptr %"ap", i64 %".50"
  %".52" = load float, ptr %".51"
  %".53" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".52", i32 0
  %".54" = shufflevector <16 x float> %".53", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".55" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".17", <16 x float> %"acc8")
  %".56" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".20", <16 x float> %"acc9")
  %".57" = add i64 %".21", 5
  %".58" = getelementptr inbounds float, ptr %"ap", i64 %".57"
  %".59" = load float, ptr %".58"
  %".60" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".59", i32 0
  %".61" = shufflevector <16 x float> %".60", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".17", <16 x float> %"acc10")
  %".63" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".20", <16 x float> %"acc11")
  %".64" = add i64 %"k", 1
  %".65" = mul i64 %".64", 32
  %".66" = add i64 %".65", 0
  %".67" = getelementptr inbounds float, ptr %"bp", i64 %".66"
  %".68" = load <16 x float>, ptr %".67", align 64
  %".69" = add i64 %".65", 16
  %".70" = getelementptr inbounds float, ptr %"bp", i64 %".69"
  %".71" = load <16 x float>, ptr %".70", align 64
  %".72" = mul i64 %".64", 12
  %".73" = add i64 %".72", 0
  %".74" = getelementptr inbounds float, ptr %"ap", i64 %".73"
  %".75" = load float, ptr %".74"
  %".76" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <16 x float> %".76", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".68", <16 x float> %".27")
  %".79" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".71", <16 x float> %".28")
  %".80" = add i64 %".72", 1
  %".81" = getelementptr inbounds float, ptr %"ap", i64 %".80"
  %".82" = load float, ptr %".81"
  %".83" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <16 x float> %".83", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".84", <16 x float> %".68", <16 x float> %".34")
  %".86" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".84", <16 x float> %".71", <16 x float> %".35")
  %".87" = add i64 %".72", 2
  %".88" = getelementptr inbounds float, ptr %"ap", i64 %".87"
  %".89" = load float, ptr %".88"
  %".90" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <16 x float> %".90", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".91", <16 x float> %".68", <16 x float> %".41")
  %".93" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".91", <16 x float> %".71", <16 x float> %".42")
  %".94" = add i64 %".72", 3
  %".95" = getelementptr inbounds float, ptr %"ap", i64 %".94"
  %".96" = load float, ptr %".95"
  %".97" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <16 x float> %".97", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".98", <16 x float> %".68", <16 x float> %".48")
  %".100" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".98", <16 x float> %".71", <16 x float> %".49")
  %".101" = add i64 %".72", 4
  %".102" = getelementptr inbounds float, ptr %"ap", i64 %".101"
  %".103" = load float, ptr %".102"
  %".104" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".103", i32 0
  %".105" = shufflevector <16 x float> %".104", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".106" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".105", <16 x float> %".68", <16 x float> %".55")
  %".107" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".105", <16 x float> %".71", <16 x float> %".56")
  %".108" = add i64 %".72", 5
  %".109" = getelementptr inbounds float, ptr %"ap", i64 %".108"
  %".110" = load float, ptr %".109"
  %".111" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".110", i32 0
  %".112" = shufflevector <16 x float> %".111", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".113" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".112", <16 x float> %".68", <16 x float> %".62")
  %".114" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".112", <16 x float> %".71", <16 x float> %".63")
  %".115" = add i64 %"k", 2
  %".116" = mul i64 %".115", 32
  %".117" = add i64 %".116", 0
  %".118" = getelementptr inbounds float, ptr %"bp", i64 %".117"
  %".119" = load <16 x float>, ptr %".118", align 64
  %".120" = add i64 %".116", 16
  %".121" = getelementptr inbounds float, ptr %"bp", i64 %".120"
  %".122" = load <16 x float>, ptr %".121", align 64
  %".123" = mul i64 %".115", 12
  %".124" = add i64 %".123", 0
  %".125" = getelementptr inbounds float, ptr %"ap", i64 %".124"
  %".126" = load float, ptr %".125"
  %".127" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".126", i32 0
  %".128" = shufflevector <16 x float> %".127", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".129" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".128", <16 x float> %".119", <16 x float> %".78")
  %".130" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".128", <16 x float> %".122", <16 x float> %".79")
  %".131" = add i64 %".123", 1
  %".132" = getelementptr inbounds float, ptr %"ap", i64 %".131"
  %".133" = load float, ptr %".132"
  %".134" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".133", i32 0
  %".135" = shufflevector <16 x float> %".134", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".136" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".135", <16 x float> %".119", <16 x float> %".85")
  %".137" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".135", <16 x float> %".122", <16 x float> %".86")
  %".138" = add i64 %".123", 2
  %".139" = getelementptr inbounds float, ptr %"ap", i64 %".138"
  %".140" = load float, ptr %".139"
  %".141" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".140", i32 0
  %".142" = shufflevector <16 x float> %".141", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".143" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".142", <16 x float> %".119", <16 x float> %".92")
  %".144" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".142", <16 x float> %".122", <16 x float> %".93")
  %".145" = add i64 %".123", 3
  %".146" = getelementptr inbounds float, ptr %"ap", i64 %".145"
  %".147" = load float, ptr %".146"
  %".148" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".147", i32 0
  %".149" = shufflevector <16 x float> %".148", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".150" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".149", <16 x float> %".119", <16 x float> %".99")
  %".151" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".149", <16 x float> %".122", <16 x float> %".100")
  %".152" = add i64 %".123", 4
  %".153" = getelementptr inbounds float, ptr %"ap", i64 %".152"
  %".154" = load float, ptr %".153"
  %".155" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <16 x float> %".155", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".156", <16 x float> %".119", <16 x float> %".106")
  %".158" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".156", <16 x float> %".122", <16 x float> %".107")
  %".159" = add i64 %".123", 5
  %".160" = getelementptr inbounds float, ptr %"ap", i64 %".159"
  %".161" = load float, ptr %".160"
  %".162" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".161", i32 0
  %".163" = shufflevector <16 x float> %".162", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".164" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".163", <16 x float> %".119", <16 x float> %".113")
  %".165" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".163", <16 x float> %".122", <16 x float> %".114")
  %".166" = add i64 %"k", 3
  %".167" = mul i64 %".166", 32
  %".168" = add i64 %".167", 0
  %".169" = getelementptr inbounds float, ptr %"bp", i64 %".168"
  %".170" = load <16 x float>, ptr %".169", align 64
  %".171" = add i64 %".167", 16
  %".172" = getelementptr inbounds float, ptr %"bp", i64 %".171"
  %".173" = load <16 x float>, ptr %".172", align 64
  %".174" = mul i64 %".166", 12
  %".175" = add i64 %".174", 0
  %".176" = getelementptr inbounds float, ptr %"ap", i64 %".175"
  %".177" = load float, ptr %".176"
  %".178" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".177", i32 0
  %".179" = shufflevector <16 x float> %".178", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".180" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".179", <16 x float> %".170", <16 x float> %".129")
  %".181" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".179", <16 x float> %".173", <16 x float> %".130")
  %".182" = add i64 %".174", 1
  %".183" = getelementptr inbounds float, ptr %"ap", i64 %".182"
  %".184" = load float, ptr %".183"
  %".185" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".184", i32 0
  %".186" = shufflevector <16 x float> %".185", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".187" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".186", <16 x float> %".170", <16 x float> %".136")
  %".188" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".186", <16 x float> %".173", <16 x float> %".137")
  %".189" = add i64 %".174", 2
  %".190" = getelementptr inbounds float, ptr %"ap", i64 %".189"
  %".191" = load float, ptr %".190"
  %".192" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".191", i32 0
  %".193" = shufflevector <16 x float> %".192", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".194" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".193", <16 x float> %".170", <16 x float> %".143")
  %".195" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".193", <16 x float> %".173", <16 x float> %".144")
  %".196" = add i64 %".174", 3
  %".197" = getelementptr inbounds float, ptr %"ap", i64 %".196"
  %".198" = load float, ptr %".197"
  %".199" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".198", i32 0
  %".200" = shufflevector <16 x float> %".199", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".201" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".200", <16 x float> %".170", <16 x float> %".150")
  %".202" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".200", <16 x float> %".173", <16 x float> %".151")
  %".203" = add i64 %".174", 4
  %".204" = getelementptr inbounds float, ptr %"ap", i64 %".203"
  %".205" = load float, ptr %".204"
  %".206" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".205", i32 0
  %".207" = shufflevector <16 x float> %".206", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".208" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".207", <16 x float> %".170", <16 x float> %".157")
  %".209" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".207", <16 x float> %".173", <16 x float> %".158")
  %".210" = add i64 %".174", 5
  %".211" = getelementptr inbounds float, ptr %"ap", i64 %".210"
  %".212" = load float, ptr %".211"
  %".213" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".214" = shufflevector <16 x float> %".213", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".215" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".214", <16 x float> %".170", <16 x float> %".164")
  %".216" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".214", <16 x float> %".173", <16 x float> %".165")
  %".217" = add i64 %"k", 4
  %".218" = icmp slt i64 %".217", %".10"
  br i1 %".218", label %"main", label %"mid"
mid:
  %".220" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".180", %"main"]
  %".221" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %".222" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".187", %"main"]
  %".223" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %".224" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".194", %"main"]
  %".225" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %".226" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".201", %"main"]
  %".227" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %".228" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".208", %"main"]
  %".229" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %".230" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".215", %"main"]
  %".231" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".232" = icmp slt i64 %".10", %"kc"
  br i1 %".232", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".296", %"rem"]
  %".234" = phi  <16 x float> [%".220", %"mid"], [%".259", %"rem"]
  %".235" = phi  <16 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".236" = phi  <16 x float> [%".222", %"mid"], [%".266", %"rem"]
  %".237" = phi  <16 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".238" = phi  <16 x float> [%".224", %"mid"], [%".273", %"rem"]
  %".239" = phi  <16 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".240" = phi  <16 x float> [%".226", %"mid"], [%".280", %"rem"]
  %".241" = phi  <16 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".242" = phi  <16 x float> [%".228", %"mid"], [%".287", %"rem"]
  %".243" = phi  <16 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".244" = phi  <16 x float> [%".230", %"mid"], [%".294", %"rem"]
  %".245" = phi  <16 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".246" = mul i64 %"k1", 32
  %".247" = add i64 %".246", 0
  %".248" = getelementptr inbounds float, ptr %"bp", i64 %".247"
  %".249" = load <16 x float>, ptr %".248", align 64
  %".250" = add i64 %".246", 16
  %".251" = getelementptr inbounds float, ptr %"bp", i64 %".250"
  %".252" = load <16 x float>, ptr %".251", align 64
  %".253" = mul i64 %"k1", 12
  %".254" = add i64 %".253", 0
  %".255" = getelementptr inbounds float, ptr %"ap", i64 %".254"
  %".256" = load float, ptr %".255"
  %".257" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".256", i32 0
  %".258" = shufflevector <16 x float> %".257", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".259" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".258", <16 x float> %".249", <16 x float> %".234")
  %".260" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".258", <16 x float> %".252", <16 x float> %".235")
  %".261" = add i64 %".253", 1
  %".262" = getelementptr inbounds float, ptr %"ap", i64 %".261"
  %".263" = load float, ptr %".262"
  %".264" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".263", i32 0
  %".265" = shufflevector <16 x float> %".264", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".266" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".265", <16 x float> %".249", <16 x float> %".236")
  %".267" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".265", <16 x float> %".252", <16 x float> %".237")
  %".268" = add i64 %".253", 2
  %".269" = getelementptr inbounds float, ptr %"ap", i64 %".268"
  %".270" = load float, ptr %".269"
  %".271" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".270", i32 0
  %".272" = shufflevector <16 x float> %".271", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".273" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".272", <16 x float> %".249", <16 x float> %".238")
  %".274" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".272", <16 x float> %".252", <16 x float> %".239")
  %".275" = add i64 %".253", 3
  %".276" = getelementptr inbounds float, ptr %"ap", i64 %".275"
  %".277" = load float, ptr %".276"
  %".278" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".277", i32 0
  %".279" = shufflevector <16 x float> %".278", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".280" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".279", <16 x float> %".249", <16 x float> %".240")
  %".281" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".279", <16 x float> %".252", <16 x float> %".241")
  %".282" = add i64 %".253", 4
  %".283" = getelementptr inbounds float, ptr %"ap", i64 %".282"
  %".284" = load float, ptr %".283"
  %".285" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".284", i32 0
  %".286" = shufflevector <16 x float> %".285", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".287" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".286", <16 x float> %".249", <16 x float> %".242")
  %".288" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".286", <16 x float> %".252", <16 x float> %".243")
  %".289" = add i64 %".253", 5
  %".290" = getelementptr inbounds float, ptr %"ap", i64 %".289"
  %".291" = load float, ptr %".290"
  %".292" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".291", i32 0
  %".293" = shufflevector <16 x float> %".292", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".294" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".293", <16 x float> %".249", <16 x float> %".244")
  %".295" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".293", <16 x float> %".252", <16 x float> %".245")
  %".296" = add i64 %"k1", 1
  %".297" = icmp slt i64 %".296", %"kc"
  br i1 %".297", label %"rem", label %"tail"
tail:
  %".299" = phi  <16 x float> [%".220", %"mid"], [%".259", %"rem"]
  %".300" = phi  <16 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".301" = phi  <16 x float> [%".222", %"mid"], [%".266", %"rem"]
  %".302" = phi  <16 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".303" = phi  <16 x float> [%".224", %"mid"], [%".273", %"rem"]
  %".304" = phi  <16 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".305" = phi  <16 x float> [%".226", %"mid"], [%".280", %"rem"]
  %".306" = phi  <16 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".307" = phi  <16 x float> [%".228", %"mid"], [%".287", %"rem"]
  %".308" = phi  <16 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".309" = phi  <16 x float> [%".230", %"mid"], [%".294", %"rem"]
  %".310" = phi  <16 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".311" = icmp eq i64 %"mr", 6
  %".312" = icmp eq i64 %"nr", 32
  %".313" = and i1 %".311", %".312"
  br i1 %".313", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".439" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".440" = shufflevector <16 x i64> %".439", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".441" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".440"
  %".442" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".440"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row5" i64 2, label %"row4" i64 3, label %"row3" i64 4, label %"row2" i64 5, label %"row1" i64 6, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".316" = mul i64 0, %"ldc"
  %".317" = add i64 %".316", 0
  %".318" = getelementptr inbounds float, ptr %"c", i64 %".317"
  store <16 x float> %".299", ptr %".318", align 4
  %".320" = mul i64 0, %"ldc"
  %".321" = add i64 %".320", 16
  %".322" = getelementptr inbounds float, ptr %"c", i64 %".321"
  store <16 x float> %".300", ptr %".322", align 4
  %".324" = mul i64 1, %"ldc"
  %".325" = add i64 %".324", 0
  %".326" = getelementptr inbounds float, ptr %"c", i64 %".325"
  store <16 x float> %".301", ptr %".326", align 4
  %".328" = mul i64 1, %"ldc"
  %".329" = add i64 %".328", 16
  %".330" = getelementptr inbounds float, ptr %"c", i64 %".329"
  store <16 x float> %".302", ptr %".330", align 4
  %".332" = mul i64 2, %"ldc"
  %".333" = add i64 %".332", 0
  %".334" = getelementptr inbounds float, ptr %"c", i64 %".333"
  store <16 x float> %".303", ptr %".334", align 4
  %".336" = mul i64 2, %"ldc"
  %".337" = add i64 %".336", 16
  %".338" = getelementptr inbounds float, ptr %"c", i64 %".337"
  store <16 x float> %".304", ptr %".338", align 4
  %".340" = mul i64 3, %"ldc"
  %".341" = add i64 %".340", 0
  %".342" = getelementptr inbounds float, ptr %"c", i64 %".341"
  store <16 x float> %".305", ptr %".342", align 4
  %".344" = mul i64 3, %"ldc"
  %".345" = add i64 %".344", 16
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  store <16 x float> %".306", ptr %".346", align 4
  %".348" = mul i64 4, %"ldc"
  %".349" = add i64 %".348", 0
  %".350" = getelementptr inbounds float, ptr %"c", i64 %".349"
  store <16 x float> %".307", ptr %".350", align 4
  %".352" = mul i64 4, %"ldc"
  %".353" = add i64 %".352", 16
  %".354" = getelementptr inbounds float, ptr %"c", i64 %".353"
  store <16 x float> %".308", ptr %".354", align 4
  %".356" = mul i64 5, %"ldc"
  %".357" = add i64 %".356", 0
  %".358" = getelementptr inbounds float, ptr %"c", i64 %".357"
  store <16 x float> %".309", ptr %".358", align 4
  %".360" = mul i64 5, %"ldc"
  %".361" = add i64 %".360", 16
  %".362" = getelementptr inbounds float, ptr %"c", i64 %".361"
  store <16 x float> %".310", ptr %".362", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".365" = mul i64 0, %"ldc"
  %".366" = add i64 %".365", 0
  %".367" = getelementptr inbounds float, ptr %"c", i64 %".366"
  %".368" = load <16 x float>, ptr %".367", align 4
  %".369" = fadd reassoc contract nsz <16 x float> %".368", %".299"
  store <16 x float> %".369", ptr %".367", align 4
  %".371" = mul i64 0, %"ldc"
  %".372" = add i64 %".371", 16
  %".373" = getelementptr inbounds float, ptr %"c", i64 %".372"
  %".374" = load <16 x float>, ptr %".373", align 4
  %".375" = fadd reassoc contract nsz <16 x float> %".374", %".300"
  store <16 x float> %".375", ptr %".373", align 4
  %".377" = mul i64 1, %"ldc"
  %".378" = add i64 %".377", 0
  %".379" = getelementptr inbounds float, ptr %"c", i64 %".378"
  %".380" = load <16 x float>, ptr %".379", align 4
  %".381" = fadd reassoc contract nsz <16 x float> %".380", %".301"
  store <16 x float> %".381", ptr %".379", align 4
  %".383" = mul i64 1, %"ldc"
  %".384" = add i64 %".383", 16
  %".385" = getelementptr inbounds float, ptr %"c", i64 %".384"
  %".386" = load <16 x float>, ptr %".385", align 4
  %".387" = fadd reassoc contract nsz <16 x float> %".386", %".302"
  store <16 x float> %".387", ptr %".385", align 4
  %".389" = mul i64 2, %"ldc"
  %".390" = add i64 %".389", 0
  %".391" = getelementptr inbounds float, ptr %"c", i64 %".390"
  %".392" = load <16 x float>, ptr %".391", align 4
  %".393" = fadd reassoc contract nsz <16 x float> %".392", %".303"
  store <16 x float> %".393", ptr %".391", align 4
  %".395" = mul i64 2, %"ldc"
  %".396" = add i64 %".395", 16
  %".397" = getelementptr inbounds float, ptr %"c", i64 %".396"
  %".398" = load <16 x float>, ptr %".397", align 4
  %".399" = fadd reassoc contract nsz <16 x float> %".398", %".304"
  store <16 x float> %".399", ptr %".397", align 4
  %".401" = mul i64 3, %"ldc"
  %".402" = add i64 %".401", 0
  %".403" = getelementptr inbounds float, ptr %"c", i64 %".402"
  %".404" = load <16 x float>, ptr %".403", align 4
  %".405" = fadd reassoc contract nsz <16 x float> %".404", %".305"
  store <16 x float> %".405", ptr %".403", align 4
  %".407" = mul i64 3, %"ldc"
  %".408" = add i64 %".407", 16
  %".409" = getelementptr inbounds float, ptr %"c", i64 %".408"
  %".410" = load <16 x float>, ptr %".409", align 4
  %".411" = fadd reassoc contract nsz <16 x float> %".410", %".306"
  store <16 x float> %".411", ptr %".409", align 4
  %".413" = mul i64 4, %"ldc"
  %".414" = add i64 %".413", 0
  %".415" = getelementptr inbounds float, ptr %"c", i64 %".414"
  %".416" = load <16 x float>, ptr %".415", align 4
  %".417" = fadd reassoc contract nsz <16 x float> %".416", %".307"
  store <16 x float> %".417", ptr %".415", align 4
  %".419" = mul i64 4, %"ldc"
  %".420" = add i64 %".419", 16
  %".421" = getelementptr inbounds float, ptr %"c", i64 %".420"
  %".422" = load <16 x float>, ptr %".421", align 4
  %".423" = fadd reassoc contract nsz <16 x float> %".422", %".308"
  store <16 x float> %".423", ptr %".421", align 4
  %".425" = mul i64 5, %"ldc"
  %".426" = add i64 %".425", 0
  %".427" = getelementptr inbounds float, ptr %"c", i64 %".426"
  %".428" = load <16 x float>, ptr %".427", align 4
  %".429" = fadd reassoc contract nsz <16 x float> %".428", %".309"
  store <16 x float> %".429", ptr %".427", align 4
  %".431" = mul i64 5, %"ldc"
  %".432" = add i64 %".431", 16
  %".433" = getelementptr inbounds float, ptr %"c", i64 %".432"
  %".434" = load <16 x float>, ptr %".433", align 4
  %".435" = fadd reassoc contract nsz <16 x float> %".434", %".310"
  store <16 x float> %".435", ptr %".433", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".444" = mul i64 5, %"ldc"
  %".445" = add i64 %".444", 0
  %".446" = getelementptr inbounds float, ptr %"c", i64 %".445"
  %".447" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".446", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".448" = fadd reassoc contract nsz <16 x float> %".447", %".309"
  %".449" = select  i1 %"first", <16 x float> %".309", <16 x float> %".448"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".449", ptr %".446", i32 4, <16 x i1> %".441")
  %".451" = mul i64 5, %"ldc"
  %".452" = add i64 %".451", 16
  %".453" = getelementptr inbounds float, ptr %"c", i64 %".452"
  %".454" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".453", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".455" = fadd reassoc contract nsz <16 x float> %".454", %".310"
  %".456" = select  i1 %"first", <16 x float> %".310", <16 x float> %".455"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".456", ptr %".453", i32 4, <16 x i1> %".442")
  br label %"row1"
row1:
  %".459" = mul i64 4, %"ldc"
  %".460" = add i64 %".459", 0
  %".461" = getelementptr inbounds float, ptr %"c", i64 %".460"
  %".462" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".461", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".463" = fadd reassoc contract nsz <16 x float> %".462", %".307"
  %".464" = select  i1 %"first", <16 x float> %".307", <16 x float> %".463"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".464", ptr %".461", i32 4, <16 x i1> %".441")
  %".466" = mul i64 4, %"ldc"
  %".467" = add i64 %".466", 16
  %".468" = getelementptr inbounds float, ptr %"c", i64 %".467"
  %".469" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".468", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".470" = fadd reassoc contract nsz <16 x float> %".469", %".308"
  %".471" = select  i1 %"first", <16 x float> %".308", <16 x float> %".470"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".471", ptr %".468", i32 4, <16 x i1> %".442")
  br label %"row2"
row2:
  %".474" = mul i64 3, %"ldc"
  %".475" = add i64 %".474", 0
  %".476" = getelementptr inbounds float, ptr %"c", i64 %".475"
  %".477" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".476", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".478" = fadd reassoc contract nsz <16 x float> %".477", %".305"
  %".479" = select  i1 %"first", <16 x float> %".305", <16 x float> %".478"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".479", ptr %".476", i32 4, <16 x i1> %".441")
  %".481" = mul i64 3, %"ldc"
  %".482" = add i64 %".481", 16
  %".483" = getelementptr inbounds float, ptr %"c", i64 %".482"
  %".484" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".483", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".485" = fadd reassoc contract nsz <16 x float> %".484", %".306"
  %".486" = select  i1 %"first", <16 x float> %".306", <16 x float> %".485"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".486", ptr %".483", i32 4, <16 x i1> %".442")
  br label %"row3"
row3:
  %".489" = mul i64 2, %"ldc"
  %".490" = add i64 %".489", 0
  %".491" = getelementptr inbounds float, ptr %"c", i64 %".490"
  %".492" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".491", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".493" = fadd reassoc contract nsz <16 x float> %".492", %".303"
  %".494" = select  i1 %"first", <16 x float> %".303", <16 x float> %".493"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".494", ptr %".491", i32 4, <16 x i1> %".441")
  %".496" = mul i64 2, %"ldc"
  %".497" = add i64 %".496", 16
  %".498" = getelementptr inbounds float, ptr %"c", i64 %".497"
  %".499" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".498", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".500" = fadd reassoc contract nsz <16 x float> %".499", %".304"
  %".501" = select  i1 %"first", <16 x float> %".304", <16 x float> %".500"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".501", ptr %".498", i32 4, <16 x i1> %".442")
  br label %"row4"
row4:
  %".504" = mul i64 1, %"ldc"
  %".505" = add i64 %".504", 0
  %".506" = getelementptr inbounds float, ptr %"c", i64 %".505"
  %".507" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".506", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".508" = fadd reassoc contract nsz <16 x float> %".507", %".301"
  %".509" = select  i1 %"first", <16 x float> %".301", <16 x float> %".508"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".509", ptr %".506", i32 4, <16 x i1> %".441")
  %".511" = mul i64 1, %"ldc"
  %".512" = add i64 %".511", 16
  %".513" = getelementptr inbounds float, ptr %"c", i64 %".512"
  %".514" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".513", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".515" = fadd reassoc contract nsz <16 x float> %".514", %".302"
  %".516" = select  i1 %"first", <16 x float> %".302", <16 x float> %".515"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".516", ptr %".513", i32 4, <16 x i1> %".442")
  br label %"row5"
row5:
  %".519" = mul i64 0, %"ldc"
  %".520" = add i64 %".519", 0
  %".521" = getelementptr inbounds float, ptr %"c", i64 %".520"
  %".522" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".521", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".523" = fadd reassoc contract nsz <16 x float> %".522", %".299"
  %".524" = select  i1 %"first", <16 x float> %".299", <16 x float> %".523"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".524", ptr %".521", i32 4, <16 x i1> %".441")
  %".526" = mul i64 0, %"ldc"
  %".527" = add i64 %".526", 16
  %".528" = getelementptr inbounds float, ptr %"c", i64 %".527"
  %".529" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".528", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".530" = fadd reassoc contract nsz <16 x float> %".529", %".300"
  %".531" = select  i1 %"first", <16 x float> %".300", <16 x float> %".530"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".531", ptr %".528", i32 4, <16 x i1> %".442")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel4"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".161", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".138", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".139", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".145", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".146", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".152", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".153", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".159", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".160", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 32
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <16 x float>, ptr %".16", align 64
  %".18" = add i64 %".14", 16
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <16 x float>, ptr %".19", align 64
  %".21" = mul i64 %".13", 12
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <16 x float> %".25", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".17", <16 x float> %"acc0")
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".20", <16 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <16 x float> %".32", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".17", <16 x float> %"acc2")
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".20", <16 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <16 x float> %".39", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".17", <16 x float> %"acc4")
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".20", <16 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <16 x float> %".46", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".17", <16 x float> %"acc6")
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".20", <16 x float> %"acc7")
  %".50" = add i64 %"k", 1
  %".51" = mul i64 %".50", 32
  %".52" = add i64 %".51", 0
  %".53" = getelementptr inbounds float, ptr %"bp", i64 %".52"
  %".54" = load <16 x float>, ptr %".53", align 64
  %".55" = add i64 %".51", 16
  %".56" = getelementptr inbounds float, ptr %"bp", i64 %".55"
  %".57" = load <16 x float>, ptr %".56", align 64
  %".58" = mul i64 %".50", 12
  %".59" = add i64 %".58", 0
  %".60" = getelementptr inbounds float, ptr %"ap", i64 %".59"
  %".61" = load float, ptr %".60"
  %".62" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".61", i32 0
  %".63" = shufflevector <16 x float> %".62", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".64" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".63", <16 x float> %".54", <16 x float> %".27")
  %".65" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".63", <16 x float> %".57", <16 x float> %".28")
  %".66" = add i64 %".58", 1
  %".67" = getelementptr inbounds float, ptr %"ap", i64 %".66"
  %".68" = load float, ptr %".67"
  %".69" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <16 x float> %".69", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".70", <16 x float> %".54", <16 x float> %".34")
  %".72" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".70", <16 x float> %".57", <16 x float> %".35")
  %".73" = add i64 %".58", 2
  %".74" = getelementptr inbounds float, ptr %"ap", i64 %".73"
  %".75" = load float, ptr %".74"
  %".76" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <16 x float> %".76", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".54", <16 x float> %".41")
  %".79" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".57", <16 x float> %".42")
  %".80" = add i64 %".58", 3
  %".81" = getelementptr inbounds float, ptr %"ap", i64 %".80"
  %".82" = load float, ptr %".81"
  %".83" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <16 x float> %".83", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".84", <16 x float> %".54", <16 x float> %".48")
  %".86" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".84", <16 x float> %".57", <16 x float> %".49")
  %".87" = add i64 %"k", 2
  %".88" = mul i64 %".87", 32
  %".89" = add i64 %".88", 0
  %".90" = getelementptr inbounds float, ptr %"bp", i64 %".89"
  %".91" = load <16 x float>, ptr %".90", align 64
  %".92" = add i64 %".88", 16
  %".93" = getelementptr inbounds float, ptr %"bp", i64 %".92"
  %".94" = load <16 x float>, ptr %".93", align 64
  %".95" = mul i64 %".87", 12
  %".96" = add i64 %".95", 0
  %".97" = getelementptr inbounds float, ptr %"ap", i64 %".96"
  %".98" = load float, ptr %".97"
  %".99" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <16 x float> %".99", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".100", <16 x float> %".91", <16 x float> %".64")
  %".102" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".100", <16 x float> %".94", <16 x float> %".65")
  %".103" = add i64 %".95", 1
  %".104" = getelementptr inbounds float, ptr %"ap", i64 %".103"
  %".105" = load float, ptr %".104"
  %".106" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".105", i32 0
  %".107" = shufflevector <16 x float> %".106", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".108" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".107", <16 x float> %".91", <16 x float> %".71")
  %".109" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".107", <16 x float> %".94", <16 x float> %".72")
  %".110" = add i64 %".95", 2
  %".111" = getelementptr inbounds float, ptr %"ap", i64 %".110"
  %".112" = load float, ptr %".111"
  %".113" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".112", i32 0
  %".114" = shufflevector <16 x float> %".113", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".115" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".114", <16 x float> %".91", <16 x float> %".78")
  %".116" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".114", <16 x float> %".94", <16 x float> %".79")
  %".117" = add i64 %".95", 3
  %".118" = getelementptr inbounds float, ptr %"ap", i64 %".117"
  %".119" = load float, ptr %".118"
  %".120" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".119", i32 0
  %".121" = shufflevector <16 x float> %".120", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".122" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".121", <16 x float> %".91", <16 x float> %".85")
  %".123" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".121", <16 x float> %".94", <16 x float> %".86")
  %".124" = add i64 %"k", 3
  %".125" = mul i64 %".124", 32
  %".126" = add i64 %".125", 0
  %".127" = getelementptr inbounds float, ptr %"bp", i64 %".126"
  %".128" = load <16 x float>, ptr %".127", align 64
  %".129" = add i64 %".125", 16
  %".130" = getelementptr inbounds float, ptr %"bp", i64 %".129"
  %".131" = load <16 x float>, ptr %".130", align 64
  %".132" = mul i64 %".124", 12
  %".133" = add i64 %".132", 0
  %".134" = getelementptr inbounds float, ptr %"ap", i64 %".133"
  %".135" = load float, ptr %".134"
  %".136" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".135", i32 0
  %".137" = shufflevector <16 x float> %".136", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".137", <16 x float> %".128", <16 x float> %".101")
  %".139" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".137", <16 x float> %".131", <16 x float> %".102")
  %".140" = add i64 %".132", 1
  %".141" = getelementptr inbounds float, ptr %"ap", i64 %".140"
  %".142" = load float, ptr %".141"
  %".143" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".142", i32 0
  %".144" = shufflevector <16 x float> %".143", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".145" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".144", <16 x float> %".128", <16 x float> %".108")
  %".146" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".144", <16 x float> %".131", <16 x float> %".109")
  %".147" = add i64 %".132", 2
  %".148" = getelementptr inbounds float, ptr %"ap", i64 %".147"
  %".149" = load float, ptr %".148"
  %".150" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".149", i32 0
  %".151" = shufflevector <16 x float> %".150", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".152" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".151", <16 x float> %".128", <16 x float> %".115")
  %".153" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".151", <16 x float> %".131", <16 x float> %".116")
  %".154" = add i64 %".132", 3
  %".155" = getelementptr inbounds float, ptr %"ap", i64 %".154"
  %".156" = load float, ptr %".155"
  %".157" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".156", i32 0
  %".158" = shufflevector <16 x float> %".157", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".159" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".158", <16 x float> %".128", <16 x float> %".122")
  %".160" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".158", <16 x float> %".131", <16 x float> %".123")
  %".161" = add i64 %"k", 4
  %".162" = icmp slt i64 %".161", %".10"
  br i1 %".162", label %"main", label %"mid"
mid:
  %".164" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".138", %"main"]
  %".165" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".139", %"main"]
  %".166" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".145", %"main"]
  %".167" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".146", %"main"]
  %".168" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".152", %"main"]
  %".169" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".153", %"main"]
  %".170" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".159", %"main"]
  %".171" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".160", %"main"]
  %".172" = icmp slt i64 %".10", %"kc"
  br i1 %".172", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".218", %"rem"]
  %".174" = phi  <16 x float> [%".164", %"mid"], [%".195", %"rem"]
  %".175" = phi  <16 x float> [%".165", %"mid"], [%".196", %"rem"]
  %".176" = phi  <16 x float> [%".166", %"mid"], [%".202", %"rem"]
  %".177" = phi  <16 x float> [%".167", %"mid"], [%".203", %"rem"]
  %".178" = phi  <16 x float> [%".168", %"mid"], [%".209", %"rem"]
  %".179" = phi  <16 x float> [%".169", %"mid"], [%".210", %"rem"]
  %".180" = phi  <16 x float> [%".170", %"mid"], [%".216", %"rem"]
  %".181" = phi  <16 x float> [%".171", %"mid"], [%".217", %"rem"]
  %".182" = mul i64 %"k1", 32
  %".183" = add i64 %".182", 0
  %".184" = getelementptr inbounds float, ptr %"bp", i64 %".183"
  %".185" = load <16 x float>, ptr %".184", align 64
  %".186" = add i64 %".182", 16
  %".187" = getelementptr inbounds float, ptr %"bp", i64 %".186"
  %".188" = load <16 x float>, ptr %".187", align 64
  %".189" = mul i64 %"k1", 12
  %".190" = add i64 %".189", 0
  %".191" = getelementptr inbounds float, ptr %"ap", i64 %".190"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <16 x float> %".193", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".194", <16 x float> %".185", <16 x float> %".174")
  %".196" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".194", <16 x float> %".188", <16 x float> %".175")
  %".197" = add i64 %".189", 1
  %".198" = getelementptr inbounds float, ptr %"ap", i64 %".197"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <16 x float> %".200", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".201", <16 x float> %".185", <16 x float> %".176")
  %".203" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".201", <16 x float> %".188", <16 x float> %".177")
  %".204" = add i64 %".189", 2
  %".205" = getelementptr inbounds float, ptr %"ap", i64 %".204"
  %".206" = load float, ptr %".205"
  %".207" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <16 x float> %".207", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".208", <16 x float> %".185", <16 x float> %".178")
  %".210" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".208", <16 x float> %".188", <16 x float> %".179")
  %".211" = add i64 %".189", 3
  %".212" = getelementptr inbounds float, ptr %"ap", i64 %".211"
  %".213" = load float, ptr %".212"
  %".214" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <16 x float> %".214", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".215", <16 x float> %".185", <16 x float> %".180")
  %".217" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".215", <16 x float> %".188", <16 x float> %".181")
  %".218" = add i64 %"k1", 1
  %".219" = icmp slt i64 %".218", %"kc"
  br i1 %".219", label %"rem", label %"tail"
tail:
  %".221" = phi  <16 x float> [%".164", %"mid"], [%".195", %"rem"]
  %".222" = phi  <16 x float> [%".165", %"mid"], [%".196", %"rem"]
  %".223" = phi  <16 x float> [%".166", %"mid"], [%".202", %"rem"]
  %".224" = phi  <16 x float> [%".167", %"mid"], [%".203", %"rem"]
  %".225" = phi  <16 x float> [%".168", %"mid"], [%".209", %"rem"]
  %".226" = phi  <16 x float> [%".169", %"mid"], [%".210", %"rem"]
  %".227" = phi  <16 x float> [%".170", %"mid"], [%".216", %"rem"]
  %".228" = phi  <16 x float> [%".171", %"mid"], [%".217", %"rem"]
  %".229" = icmp eq i64 %"mr", 4
  %".230" = icmp eq i64 %"nr", 32
  %".231" = and i1 %".229", %".230"
  br i1 %".231", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".317" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".318" = shufflevector <16 x i64> %".317", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".319" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".318"
  %".320" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".318"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row3" i64 2, label %"row2" i64 3, label %"row1" i64 4, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".234" = mul i64 0, %"ldc"
  %".235" = add i64 %".234", 0
  %".236" = getelementptr inbounds float, ptr %"c", i64 %".235"
  store <16 x float> %".221", ptr %".236", align 4
  %".238" = mul i64 0, %"ldc"
  %".239" = add i64 %".238", 16
  %".240" = getelementptr inbounds float, ptr %"c", i64 %".239"
  store <16 x float> %".222", ptr %".240", align 4
  %".242" = mul i64 1, %"ldc"
  %".243" = add i64 %".242", 0
  %".244" = getelementptr inbounds float, ptr %"c", i64 %".243"
  store <16 x float> %".223", ptr %".244", align 4
  %".246" = mul i64 1, %"ldc"
  %".247" = add i64 %".246", 16
  %".248" = getelementptr inbounds float, ptr %"c", i64 %".247"
  store <16 x float> %".224", ptr %".248", align 4
  %".250" = mul i64 2, %"ldc"
  %".251" = add i64 %".250", 0
  %".252" = getelementptr inbounds float, ptr %"c", i64 %".251"
  store <16 x float> %".225", ptr %".252", align 4
  %".254" = mul i64 2, %"ldc"
  %".255" = add i64 %".254", 16
  %".256" = getelementptr inbounds float, ptr %"c", i64 %".255"
  store <16 x float> %".226", ptr %".256", align 4
  %".258" = mul i64 3, %"ldc"
  %".259" = add i64 %".258", 0
  %".260" = getelementptr inbounds float, ptr %"c", i64 %".259"
  store <16 x float> %".227", ptr %".260", align 4
  %".262" = mul i64 3, %"ldc"
  %".263" = add i64 %".262", 16
  %".264" = getelementptr inbounds float, ptr %"c", i64 %".263"
  store <16 x float> %".228", ptr %".264", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".267" = mul i64 0, %"ldc"
  %".268" = add i64 %".267", 0
  %".269" = getelementptr inbounds float, ptr %"c", i64 %".268"
  %".270" = load <16 x float>, ptr %".269", align 4
  %".271" = fadd reassoc contract nsz <16 x float> %".270", %".221"
  store <16 x float> %".271", ptr %".269", align 4
  %".273" = mul i64 0, %"ldc"
  %".274" = add i64 %".273", 16
  %".275" = getelementptr inbounds float, ptr %"c", i64 %".274"
  %".276" = load <16 x float>, ptr %".275", align 4
  %".277" = fadd reassoc contract nsz <16 x float> %".276", %".222"
  store <16 x float> %".277", ptr %".275", align 4
  %".279" = mul i64 1, %"ldc"
  %".280" = add i64 %".279", 0
  %".281" = getelementptr inbounds float, ptr %"c", i64 %".280"
  %".282" = load <16 x float>, ptr %".281", align 4
  %".283" = fadd reassoc contract nsz <16 x float> %".282", %".223"
  store <16 x float> %".283", ptr %".281", align 4
  %".285" = mul i64 1, %"ldc"
  %".286" = add i64 %".285", 16
  %".287" = getelementptr inbounds float, ptr %"c", i64 %".286"
  %".288" = load <16 x float>, ptr %".287", align 4
  %".289" = fadd reassoc contract nsz <16 x float> %".288", %".224"
  store <16 x float> %".289", ptr %".287", align 4
  %".291" = mul i64 2, %"ldc"
  %".292" = add i64 %".291", 0
  %".293" = getelementptr inbounds float, ptr %"c", i64 %".292"
  %".294" = load <16 x float>, ptr %".293", align 4
  %".295" = fadd reassoc contract nsz <16 x float> %".294", %".225"
  store <16 x float> %".295", ptr %".293", align 4
  %".297" = mul i64 2, %"ldc"
  %".298" = add i64 %".297", 16
  %".299" = getelementptr inbounds float, ptr %"c", i64 %".298"
  %".300" = load <16 x float>, ptr %".299", align 4
  %".301" = fadd reassoc contract nsz <16 x float> %".300", %".226"
  store <16 x float> %".301", ptr %".299", align 4
  %".303" = mul i64 3, %"ldc"
  %".304" = add i64 %".303", 0
  %".305" = getelementptr inbounds float, ptr %"c", i64 %".304"
  %".306" = load <16 x float>, ptr %".305", align 4
  %".307" = fadd reassoc contract nsz <16 x float> %".306", %".227"
  store <16 x float> %".307", ptr %".305", align 4
  %".309" = mul i64 3, %"ldc"
  %".310" = add i64 %".309", 16
  %".311" = getelementptr inbounds float, ptr %"c", i64 %".310"
  %".312" = load <16 x float>, ptr %".311", align 4
  %".313" = fadd reassoc contract nsz <16 x float> %".312", %".228"
  store <16 x float> %".313", ptr %".311", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".322" = mul i64 3, %"ldc"
  %".323" = add i64 %".322", 0
  %".324" = getelementptr inbounds float, ptr %"c", i64 %".323"
  %".325" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".324", i32 4, <16 x i1> %".319", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".326" = fadd reassoc contract nsz <16 x float> %".325", %".227"
  %".327" = select  i1 %"first", <16 x float> %".227", <16 x float> %".326"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".327", ptr %".324", i32 4, <16 x i1> %".319")
  %".329" = mul i64 3, %"ldc"
  %".330" = add i64 %".329", 16
  %".331" = getelementptr inbounds float, ptr %"c", i64 %".330"
  %".332" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".331", i32 4, <16 x i1> %".320", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".333" = fadd reassoc contract nsz <16 x float> %".332", %".228"
  %".334" = select  i1 %"first", <16 x float> %".228", <16 x float> %".333"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".334", ptr %".331", i32 4, <16 x i1> %".320")
  br label %"row1"
row1:
  %".337" = mul i64 2, %"ldc"
  %".338" = add i64 %".337", 0
  %".339" = getelementptr inbounds float, ptr %"c", i64 %".338"
  %".340" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".339", i32 4, <16 x i1> %".319", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".341" = fadd reassoc contract nsz <16 x float> %".340", %".225"
  %".342" = select  i1 %"first", <16 x float> %".225", <16 x float> %".341"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".342", ptr %".339", i32 4, <16 x i1> %".319")
  %".344" = mul i64 2, %"ldc"
  %".345" = add i64 %".344", 16
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  %".347" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".346", i32 4, <16 x i1> %".320", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".348" = fadd reassoc contract nsz <16 x float> %".347", %".226"
  %".349" = select  i1 %"first", <16 x float> %".226", <16 x float> %".348"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".349", ptr %".346", i32 4, <16 x i1> %".320")
  br label %"row2"
row2:
  %".352" = mul i64 1, %"ldc"
  %".353" = add i64 %".352", 0
  %".354" = getelementptr inbounds float, ptr %"c", i64 %".353"
  %".355" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".354", i32 4, <16 x i1> %".319", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".356" = fadd reassoc contract nsz <16 x float> %".355", %".223"
  %".357" = select  i1 %"first", <16 x float> %".223", <16 x float> %".356"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".357", ptr %".354", i32 4, <16 x i1> %".319")
  %".359" = mul i64 1, %"ldc"
  %".360" = add i64 %".359", 16
  %".361" = getelementptr inbounds float, ptr %"c", i64 %".360"
  %".362" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".361", i32 4, <16 x i1> %".320", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".363" = fadd reassoc contract nsz <16 x float> %".362", %".224"
  %".364" = select  i1 %"first", <16 x float> %".224", <16 x float> %".363"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".364", ptr %".361", i32 4, <16 x i1> %".320")
  br label %"row3"
row3:
  %".367" = mul i64 0, %"ldc"
  %".368" = add i64 %".367", 0
  %".369" = getelementptr inbounds float, ptr %"c", i64 %".368"
  %".370" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".369", i32 4, <16 x i1> %".319", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".371" = fadd reassoc contract nsz <16 x float> %".370", %".221"
  %".372" = select  i1 %"first", <16 x float> %".221", <16 x float> %".371"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".372", ptr %".369", i32 4, <16 x i1> %".319")
  %".374" = mul i64 0, %"ldc"
  %".375" = add i64 %".374", 16
  %".376" = getelementptr inbounds float, ptr %"c", i64 %".375"
  %".377" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".376", i32 4, <16 x i1> %".320", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".378" = fadd reassoc contract nsz <16 x float> %".377", %".222"
  %".379" = select  i1 %"first", <16 x float> %".222", <16 x float> %".378"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".379", ptr %".376", i32 4, <16 x i1> %".320")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel8"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".273", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".222", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".223", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".229", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".230", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".236", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".237", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".243", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".244", %"main"]
  %"acc8" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".250", %"main"]
  %"acc9" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".251", %"main"]
  %"acc10" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".257", %"main"]
  %"acc11" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".258", %"main"]
  %"acc12" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".264", %"main"]
  %"acc13" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".265", %"main"]
  %"acc14" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".271", %"main"]
  %"acc15" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".272", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 32
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <16 x float>, ptr %".16", align 64
  %".18" = add i64 %".14", 16
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <16 x float>, ptr %".19", align 64
  %".21" = mul i64 %".13", 12
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <16 x float> %".25", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".17", <16 x float> %"acc0")
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".20", <16 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <16 x float> %".32", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".17", <16 x float> %"acc2")
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".20", <16 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <16 x float> %".39", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".17", <16 x float> %"acc4")
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".20", <16 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <16 x float> %".46", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".17", <16 x float> %"acc6")
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".20", <16 x float> %"acc7")
  %".50" = add i64 %".21", 4
  %".51" = getelementptr inbounds float, ptr %"ap", i64 %".50"
  %".52" = load float, ptr %".51"
  %".53" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".52", i32 0
  %".54" = shufflevector <16 x float> %".53", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".55" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".17", <16 x float> %"acc8")
  %".56" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".20", <16 x float> %"acc9")
  %".57" = add i64 %".21", 5
  %".58" = getelementptr inbounds float, ptr %"ap", i64 %".57"
  %".59" = load float, ptr %".58"
  %".60" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".59", i32 0
  %".61" = shufflevector <16 x float> %".60", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".17", <16 x float> %"acc10")
  %".63" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".20", <16 x float> %"acc11")
  %".64" = add i64 %".21", 6
  %".65" = getelementptr inbounds float, ptr %"ap", i64 %".64"
  %".66" = load float, ptr %".65"
  %".67" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".66", i32 0
  %".68" = shufflevector <16 x float> %".67", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".69" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".68", <16 x float> %".17", <16 x float> %"acc12")
  %".70" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".68", <16 x float> %".20", <16 x float> %"acc13")
  %".71" = add i64 %".21", 7
  %".72" = getelementptr inbounds float, ptr %"ap", i64 %".71"
  %".73" = load float, ptr %".72"
  %".74" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <16 x float> %".74", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".17", <16 x float> %"acc14")
  %".77" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".20", <16 x float> %"acc15")
  %".78" = add i64 %"k", 1
  %".79" = mul i64 %".78", 32
  %".80" = add i64 %".79", 0
  %".81" = getelementptr inbounds float, ptr %"bp", i64 %".80"
  %".82" = load <16 x float>, ptr %".81", align 64
  %".83" = add i64 %".79", 16
  %".84" = getelementptr inbounds float, ptr %"bp", i64 %".83"
  %".85" = load <16 x float>, ptr %".84", align 64
  %".86" = mul i64 %".78", 12
  %".87" = add i64 %".86", 0
  %".88" = getelementptr inbounds float, ptr %"ap", i64 %".87"
  %".89" = load float, ptr %".88"
  %".90" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <16 x float> %".90", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".91", <16 x float> %".82", <16 x float> %".27")
  %".93" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".91", <16 x float> %".85", <16 x float> %".28")
  %".94" = add i64 %".86", 1
  %".95" = getelementptr inbounds float, ptr %"ap", i64 %".94"
  %".96" = load float, ptr %".95"
  %".97" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <16 x float> %".97", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".98", <16 x float> %".82", <16 x float> %".34")
  %".100" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".98", <16 x float> %".85", <16 x float> %".35")
  %".101" = add i64 %".86", 2
  %".102" = getelementptr inbounds float, ptr %"ap", i64 %".101"
  %".103" = load float, ptr %".102"
  %".104" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".103", i32 0
  %".105" = shufflevector <16 x float> %".104", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".106" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".105", <16 x float> %".82", <16 x float> %".41")
  %".107" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".105", <16 x float> %".85", <16 x float> %".42")
  %".108" = add i64 %".86", 3
  %".109" = getelementptr inbounds float, ptr %"ap", i64 %".108"
  %".110" = load float, ptr %".109"
  %".111" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".110", i32 0
  %".112" = shufflevector <16 x float> %".111", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".113" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".112", <16 x float> %".82", <16 x float> %".48")
  %".114" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".112", <16 x float> %".85", <16 x float> %".49")
  %".115" = add i64 %".86", 4
  %".116" = getelementptr inbounds float, ptr %"ap", i64 %".115"
  %".117" = load float, ptr %".116"
  %".118" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".117", i32 0
  %".119" = shufflevector <16 x float> %".118", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".120" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".119", <16 x float> %".82", <16 x float> %".55")
  %".121" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".119", <16 x float> %".85", <16 x float> %".56")
  %".122" = add i64 %".86", 5
  %".123" = getelementptr inbounds float, ptr %"ap", i64 %".122"
  %".124" = load float, ptr %".123"
  %".125" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".124", i32 0
  %".126" = shufflevector <16 x float> %".125", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".127" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".126", <16 x float> %".82", <16 x float> %".62")
  %".128" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".126", <16 x float> %".85", <16 x float> %".63")
  %".129" = add i64 %".86", 6
  %".130" = getelementptr inbounds float, ptr %"ap", i64 %".129"
  %".131" = load float, ptr %".130"
  %".132" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".131", i32 0
  %".133" = shufflevector <16 x float> %".132", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".134" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".133", <16 x float> %".82", <16 x float> %".69")
  %".135" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".133", <16 x float> %".85", <16 x float> %".70")
  %".136" = add i64 %".86", 7
  %".137" = getelementptr inbounds float, ptr %"ap", i64 %".136"
  %".138" = load float, ptr %".137"
  %".139" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".138", i32 0
  %".140" = shufflevector <16 x float> %".139", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".141" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".140", <16 x float> %".82", <16 x float> %".76")
  %".142" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".140", <16 x float> %".85", <16 x float> %".77")
  %".143" = add i64 %"k", 2
  %".144" = mul i64 %".143", 32
  %".145" = add i64 %".144", 0
  %".146" = getelementptr inbounds float, ptr %"bp", i64 %".145"
  %".147" = load <16 x float>, ptr %".146", align 64
  %".148" = add i64 %".144", 16
  %".149" = getelementptr inbounds float, ptr %"bp", i64 %".148"
  %".150" = load <16 x float>, ptr %".149", align 64
  %".151" = mul i64 %".143", 12
  %".152" = add i64 %".151", 0
  %".153" = getelementptr inbounds float, ptr %"ap", i64 %".152"
  %".154" = load float, ptr %".153"
  %".155" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <16 x float> %".155", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".156", <16 x float> %".147", <16 x float> %".92")
  %".158" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".156", <16 x float> %".150", <16 x float> %".93")
  %".159" = add i64 %".151", 1
  %".160" = getelementptr inbounds float, ptr %"ap", i64 %".159"
  %".161" = load float, ptr %".160"
  %".162" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".161", i32 0
  %".163" = shufflevector <16 x float> %".162", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".164" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".163", <16 x float> %".147", <16 x float> %".99")
  %".165" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".163", <16 x float> %".150", <16 x float> %".100")
  %".166" = add i64 %".151", 2
  %".167" = getelementptr inbounds float, ptr %"ap", i64 %".166"
  %".168" = load float, ptr %".167"
  %".169" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".168", i32 0
  %".170" = shufflevector <16 x float> %".169", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".171" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".170", <16 x float> %".147", <16 x float> %".106")
  %".172" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".170", <16 x float> %".150", <16 x float> %".107")
  %".173" = add i64 %".151", 3
  %".174" = getelementptr inbounds float, ptr %"ap", i64 %".173"
  %".175" = load float, ptr %".174"
  %".176" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".175", i32 0
  %".177" = shufflevector <16 x float> %".176", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".178" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".177", <16 x float> %".147", <16 x float> %".113")
  %".179" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".177", <16 x float> %".150", <16 x float> %".114")
  %".180" = add i64 %".151", 4
  %".181" = getelementptr inbounds float, ptr %"ap", i64 %".180"
  %".182" = load float, ptr %".181"
  %".183" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".182", i32 0
  %".184" = shufflevector <16 x float> %".183", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".185" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".184", <16 x float> %".147", <16 x float> %".120")
  %".186" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".184", <16 x float> %".150", <16 x float> %".121")
  %".187" = add i64 %".151", 5
  %".188" = getelementptr inbounds float, ptr %"ap", i64 %".187"
  %".189" = load float, ptr %".188"
  %".190" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".189", i32 0
  %".191" = shufflevector <16 x float> %".190", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".192" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".191", <16 x float> %".147", <16 x float> %".127")
  %".193" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".191", <16 x float> %".150", <16 x float> %".128")
  %".194" = add i64 %".151", 6
  %".195" = getelementptr inbounds float, ptr %"ap", i64 %".194"
  %".196" = load float, ptr %".195"
  %".197" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".196", i32 0
  %".198" = shufflevector <16 x float> %".197", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".199" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".198", <16 x float> %".147", <16 x float> %".134")
  %".200" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".198", <16 x float> %".150", <16 x float> %".135")
  %".201" = add i64 %".151", 7
  %".202" = getelementptr inbounds float, ptr %"ap", i64 %".201"
  %".203" = load float, ptr %".202"
  %".204" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".203", i32 0
  %".205" = shufflevector <16 x float> %".204", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".206" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".205", <16 x float> %".147", <16 x float> %".141")
  %".207" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".205", <16 x float> %".150", <16 x float> %".142")
  %".208" = add i64 %"k", 3
  %".209" = mul i64 %".208", 32
  %".210" = add i64 %".209", 0
  %".211" = getelementptr inbounds float, ptr %"bp", i64 %".210"
  %".212" = load <16 x float>, ptr %".211", align 64
  %".213" = add i64 %".209", 16
  %".214" = getelementptr inbounds float, ptr %"bp", i64 %".213"
  %".215" = load <16 x float>, ptr %".214", align 64
  %".216" = mul i64 %".208", 12
  %".217" = add i64 %".216", 0
  %".218" = getelementptr inbounds float, ptr %"ap", i64 %".217"
  %".219" = load float, ptr %".218"
  %".220" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".219", i32 0
  %".221" = shufflevector <16 x float> %".220", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".222" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".221", <16 x float> %".212", <16 x float> %".157")
  %".223" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".221", <16 x float> %".215", <16 x float> %".158")
  %".224" = add i64 %".216", 1
  %".225" = getelementptr inbounds float, ptr %"ap", i64 %".224"
  %".226" = load float, ptr %".225"
  %".227" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".226", i32 0
  %".228" = shufflevector <16 x float> %".227", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".229" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".228", <16 x float> %".212", <16 x float> %".164")
  %".230" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".228", <16 x float> %".215", <16 x float> %".165")
  %".231" = add i64 %".216", 2
  %".232" = getelementptr inbounds float, ptr %"ap", i64 %".231"
  %".233" = load float, ptr %".232"
  %".234" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".233", i32 0
  %".235" = shufflevector <16 x float> %".234", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".236" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".235", <16 x float> %".212", <16 x float> %".171")
  %".237" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".235", <16 x float> %".215", <16 x float> %".172")
  %".238" = add i64 %".216", 3
  %".239" = getelementptr inbounds float, ptr %"ap", i64 %".238"
  %".240" = load float, ptr %".239"
  %".241" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".240", i32 0
  %".242" = shufflevector <16 x float> %".241", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".243" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".242", <16 x float> %".212", <16 x float> %".178")
  %".244" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".242", <16 x float> %".215", <16 x float> %".179")
  %".245" = add i64 %".216", 4
  %".246" = getelementptr inbounds float, ptr %"ap", i64 %".245"
  %".247" = load float, ptr %".246"
  %".248" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".247", i32 0
  %".249" = shufflevector <16 x float> %".248", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".250" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".249", <16 x float> %".212", <16 x float> %".185")
  %".251" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".249", <16 x float> %".215", <16 x float> %".186")
  %".252" = add i64 %".216", 5
  %".253" = getelementptr inbounds float, ptr %"ap", i64 %".252"
  %".254" = load float, ptr %".253"
  %".255" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".254", i32 0
  %".256" = shufflevector <16 x float> %".255", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".257" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".256", <16 x float> %".212", <16 x float> %".192")
  %".258" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".256", <16 x float> %".215", <16 x float> %".193")
  %".259" = add i64 %".216", 6
  %".260" = getelementptr inbounds float, ptr %"ap", i64 %".259"
  %".261" = load float, ptr %".260"
  %".262" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".261", i32 0
  %".263" = shufflevector <16 x float> %".262", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".264" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".263", <16 x float> %".212", <16 x float> %".199")
  %".265" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".263", <16 x float> %".215", <16 x float> %".200")
  %".266" = add i64 %".216", 7
  %".267" = getelementptr inbounds float, ptr %"ap", i64 %".266"
  %".268" = load float, ptr %".267"
  %".269" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".268", i32 0
  %".270" = shufflevector <16 x float> %".269", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".271" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".270", <16 x float> %".212", <16 x float> %".206")
  %".272" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".270", <16 x float> %".215", <16 x float> %".207")
  %".273" = add i64 %"k", 4
  %".274" = icmp slt i64 %".273", %".10"
  br i1 %".274", label %"main", label %"mid"
mid:
  %".276" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".222", %"main"]
  %".277" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".223", %"main"]
  %".278" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".229", %"main"]
  %".279" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".230", %"main"]
  %".280" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".236", %"main"]
  %".281" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".237", %"main"]
  %".282" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".243", %"main"]
  %".283" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".244", %"main"]
  %".284" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".250", %"main"]
  %".285" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".251", %"main"]
  %".286" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".257", %"main"]
  %".287" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".258", %"main"]
  %".288" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".264", %"main"]
  %".289" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".265", %"main"]
  %".290" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".271", %"main"]
  %".291" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".272", %"main"]
  %".292" = icmp slt i64 %".10", %"kc"
  br i1 %".292", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".374", %"rem"]
  %".294" = phi  <16 x float> [%".276", %"mid"], [%".323", %"rem"]
  %".295" = phi  <16 x float> [%".277", %"mid"], [%".324", %"rem"]
  %".296" = phi  <16 x float> [%".278", %"mid"], [%".330", %"rem"]
  %".297" = phi  <16 x float> [%".279", %"mid"], [%".331", %"rem"]
  %".298" = phi  <16 x float> [%".280", %"mid"], [%".337", %"rem"]
  %".299" = phi  <16 x float> [%".281", %"mid"], [%".338", %"rem"]
  %".300" = phi  <16 x float> [%".282", %"mid"], [%".344", %"rem"]
  %".301" = phi  <16 x float> [%".283", %"mid"], [%".345", %"rem"]
  %".302" = phi  <16 x float> [%".284", %"mid"], [%".351", %"rem"]
  %".303" = phi  <16 x float> [%".285", %"mid"], [%".352", %"rem"]
  %".304" = phi  <16 x float> [%".286", %"mid"], [%".358", %"rem"]
  %".305" = phi  <16 x float> [%".287", %"mid"], [%".359", %"rem"]
  %".306" = phi  <16 x float> [%".288", %"mid"], [%".365", %"rem"]
  %".307" = phi  <16 x float> [%".289", %"mid"], [%".366", %"rem"]
  %".308" = phi  <16 x float> [%".290", %"mid"], [%".372", %"rem"]
  %".309" = phi  <16 x float> [%".291", %"mid"], [%".373", %"rem"]
  %".310" = mul i64 %"k1", 32
  %".311" = add i64 %".310", 0
  %".312" = getelementptr inbounds float, ptr %"bp", i64 %".311"
  %".313" = load <16 x float>, ptr %".312", align 64
  %".314" = add i64 %".310", 16
  %".315" = getelementptr inbounds float, ptr %"bp", i64 %".314"
  %".316" = load <16 x float>, ptr %".315", align 64
  %".317" = mul i64 %"k1", 12
  %".318" = add i64 %".317", 0
  %".319" = getelementptr inbounds float, ptr %"ap", i64 %".318"
  %".320" = load float, ptr %".319"
  %".321" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".320", i32 0
  %".322" = shufflevector <16 x float> %".321", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".323" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".322", <16 x float> %".313", <16 x float> %".294")
  %".324" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".322", <16 x float> %".316", <16 x float> %".295")
  %".325" = add i64 %".317", 1
  %".326" = getelementptr inbounds float, ptr %"ap", i64 %".325"
  %".327" = load float, ptr %".326"
  %".328" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".327", i32 0
  %".329" = shufflevector <16 x float> %".328", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".330" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".329", <16 x float> %".313", <16 x float> %".296")
  %".331" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".329", <16 x float> %".316", <16 x float> %".297")
  %".332" = add i64 %".317", 2
  %".333" = getelementptr inbounds float, ptr %"ap", i64 %".332"
  %".334" = load float, ptr %".333"
  %".335" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".334", i32 0
  %".336" = shufflevector <16 x float> %".335", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".337" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".336", <16 x float> %".313", <16 x float> %".298")
  %".338" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".336", <16 x float> %".316", <16 x float> %".299")
  %".339" = add i64 %".317", 3
  %".340" = getelementptr inbounds float, ptr %"ap", i64 %".339"
  %".341" = load float, ptr %".340"
  %".342" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".341", i32 0
  %".343" = shufflevector <16 x float> %".342", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".344" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".343", <16 x float> %".313", <16 x float> %".300")
  %".345" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".343", <16 x float> %".316", <16 x float> %".301")
  %".346" = add i64 %".317", 4
  %".347" = getelementptr inbounds float, ptr %"ap", i64 %".346"
  %".348" = load float, ptr %".347"
  %".349" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".348", i32 0
  %".350" = shufflevector <16 x float> %".349", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".351" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".350", <16 x float> %".313", <16 x float> %".302")
  %".352" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".350", <16 x float> %".316", <16 x float> %".303")
  %".353" = add i64 %".317", 5
  %".354" = getelementptr inbounds float, ptr %"ap", i64 %".353"
  %".355" = load float, ptr %".354"
  %".356" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".355", i32 0
  %".357" = shufflevector <16 x float> %".356", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".358" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".357", <16 x float> %".313", <16 x float> %".304")
  %".359" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".357", <16 x float> %".316", <16 x float> %".305")
  %".360" = add i64 %".317", 6
  %".361" = getelementptr inbounds float, ptr %"ap", i64 %".360"
  %".362" = load float, ptr %".361"
  %".363" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".362", i32 0
  %".364" = shufflevector <16 x float> %".363", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".365" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".364", <16 x float> %".313", <16 x float> %".306")
  %".366" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".364", <16 x float> %".316", <16 x float> %".307")
  %".367" = add i64 %".317", 7
  %".368" = getelementptr inbounds float, ptr %"ap", i64 %".367"
  %".369" = load float, ptr %".368"
  %".370" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".369", i32 0
  %".371" = shufflevector <16 x float> %".370", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".372" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".371", <16 x float> %".313", <16 x float> %".308")
  %".373" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".371", <16 x float> %".316", <16 x float> %".309")
  %".374" = add i64 %"k1", 1
  %".375" = icmp slt i64 %".374", %"kc"
  br i1 %".375", label %"rem", label %"tail"
tail:
  %".377" = phi  <16 x float> [%".276", %"mid"], [%".323", %"rem"]
  %".378" = phi  <16 x float> [%".277", %"mid"], [%".324", %"rem"]
  %".379" = phi  <16 x float> [%".278", %"mid"], [%".330", %"rem"]
  %".380" = phi  <16 x float> [%".279", %"mid"], [%".331", %"rem"]
  %".381" = phi  <16 x float> [%".280", %"mid"], [%".337", %"rem"]
  %".382" = phi  <16 x float> [%".281", %"mid"], [%".338", %"rem"]
  %".383" = phi  <16 x float> [%".282", %"mid"], [%".344", %"rem"]
  %".384" = phi  <16 x float> [%".283", %"mid"], [%".345", %"rem"]
  %".385" = phi  <16 x float> [%".284", %"mid"], [%".351", %"rem"]
  %".386" = phi  <16 x float> [%".285", %"mid"], [%".352", %"rem"]
  %".387" = phi  <16 x float> [%".286", %"mid"], [%".358", %"rem"]
  %".388" = phi  <16 x float> [%".287", %"mid"], [%".359", %"rem"]
  %".389" = phi  <16 x float> [%".288", %"mid"], [%".365", %"rem"]
  %".390" = phi  <16 x float> [%".289", %"mid"], [%".366", %"rem"]
  %".391" = phi  <16 x float> [%".290", %"mid"], [%".372", %"rem"]
  %".392" = phi  <16 x float> [%".291", %"mid"], [%".373", %"rem"]
  %".393" = icmp eq i64 %"mr", 8
  %".394" = icmp eq i64 %"nr", 32
  %".395" = and i1 %".393", %".394"
  br i1 %".395", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".561" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".562" = shufflevector <16 x i64> %".561", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".563" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".562"
  %".564" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".562"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row7" i64 2, label %"row6" i64 3, label %"row5" i64 4, label %"row4" i64 5, label %"row3" i64 6, label %"row2" i64 7, label %"row1" i64 8, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".398" = mul i64 0, %"ldc"
  %".399" = add i64 %".398", 0
  %".400" = getelementptr inbounds float, ptr %"c", i64 %".399"
  store <16 x float> %".377", ptr %".400", align 4
  %".402" = mul i64 0, %"ldc"
  %".403" = add i64 %".402", 16
  %".404" = getelementptr inbounds float, ptr %"c", i64 %".403"
  store <16 x float> %".378", ptr %".404", align 4
  %".406" = mul i64 1, %"ldc"
  %".407" = add i64 %".406", 0
  %".408" = getelementptr inbounds float, ptr %"c", i64 %".407"
  store <16 x float> %".379", ptr %".408", align 4
  %".410" = mul i64 1, %"ldc"
  %".411" = add i64 %".410", 16
  %".412" = getelementptr inbounds float, ptr %"c", i64 %".411"
  store <16 x float> %".380", ptr %".412", align 4
  %".414" = mul i64 2, %"ldc"
  %".415" = add i64 %".414", 0
  %".416" = getelementptr inbounds float, ptr %"c", i64 %".415"
  store <16 x float> %".381", ptr %".416", align 4
  %".418" = mul i64 2, %"ldc"
  %".419" = add i64 %".418", 16
  %".420" = getelementptr inbounds float, ptr %"c", i64 %".419"
  store <16 x float> %".382", ptr %".420", align 4
  %".422" = mul i64 3, %"ldc"
  %".423" = add i64 %".422", 0
  %".424" = getelementptr inbounds float, ptr %"c", i64 %".423"
  store <16 x float> %".383", ptr %".424", align 4
  %".426" = mul i64 3, %"ldc"
  %".427" = add i64 %".426", 16
  %".428" = getelementptr inbounds float, ptr %"c", i64 %".427"
  store <16 x float> %".384", ptr %".428", align 4
  %".430" = mul i64 4, %"ldc"
  %".431" = add i64 %".430", 0
  %".432" = getelementptr inbounds float, ptr %"c", i64 %".431"
  store <16 x float> %".385", ptr %".432", align 4
  %".434" = mul i64 4, %"ldc"
  %".435" = add i64 %".434", 16
  %".436" = getelementptr inbounds float, ptr %"c", i64 %".435"
  store <16 x float> %".386", ptr %".436", align 4
  %".438" = mul i64 5, %"ldc"
  %".439" = add i64 %".438", 0
  %".440" = getelementptr inbounds float, ptr %"c", i64 %".439"
  store <16 x float> %".387", ptr %".440", align 4
  %".442" = mul i64 5, %"ldc"
  %".443" = add i64 %".442", 16
  %".444" = getelementptr inbounds float, ptr %"c", i64 %".443"
  store <16 x float> %".388", ptr %".444", align 4
  %".446" = mul i64 6, %"ldc"
  %".447" = add i64 %".446", 0
  %".448" = getelementptr inbounds float, ptr %"c", i64 %".447"
  store <16 x float> %".389", ptr %".448", align 4
  %".450" = mul i64 6, %"ldc"
  %".451" = add i64 %".450", 16
  %".452" = getelementptr inbounds float, ptr %"c", i64 %".451"
  store <16 x float> %".390", ptr %".452", align 4
  %".454" = mul i64 7, %"ldc"
  %".455" = add i64 %".454", 0
  %".456" = getelementptr inbounds float, ptr %"c", i64 %".455"
  store <16 x float> %".391", ptr %".456", align 4
  %".458" = mul i64 7, %"ldc"
  %".459" = add i64 %".458", 16
  %".460" = getelementptr inbounds float, ptr %"c", i64 %".459"
  store <16 x float> %".392", ptr %".460", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".463" = mul i64 0, %"ldc"
  %".464" = add i64 %".463", 0
  %".465" = getelementptr inbounds float, ptr %"c", i64 %".464"
  %".466" = load <16 x float>, ptr %".465", align 4
  %".467" = fadd reassoc contract nsz <16 x float> %".466", %".377"
  store <16 x float> %".467", ptr %".465", align 4
  %".469" = mul i64 0, %"ldc"
  %".470" = add i64 %".469", 16
  %".471" = getelementptr inbounds float, ptr %"c", i64 %".470"
  %".472" = load <16 x float>, ptr %".471", align 4
  %".473" = fadd reassoc contract nsz <16 x float> %".472", %".378"
  store <16 x float> %".473", ptr %".471", align 4
  %".475" = mul i64 1, %"ldc"
  %".476" = add i64 %".475", 0
  %".477" = getelementptr inbounds float, ptr %"c", i64 %".476"
  %".478" = load <16 x float>, ptr %".477", align 4
  %".479" = fadd reassoc contract nsz <16 x float> %".478", %".379"
  store <16 x float> %".479", ptr %".477", align 4
  %".481" = mul i64 1, %"ldc"
  %".482" = add i64 %".481", 16
  %".483" = getelementptr inbounds float, ptr %"c", i64 %".482"
  %".484" = load <16 x float>, ptr %".483", align 4
  %".485" = fadd reassoc contract nsz <16 x float> %".484", %".380"
  store <16 x float> %".485", ptr %".483", align 4
  %".487" = mul i64 2, %"ldc"
  %".488" = add i64 %".487", 0
  %".489" = getelementptr inbounds float, ptr %"c", i64 %".488"
  %".490" = load <16 x float>, ptr %".489", align 4
  %".491" = fadd reassoc contract nsz <16 x float> %".490", %".381"
  store <16 x float> %".491", ptr %".489", align 4
  %".493" = mul i64 2, %"ldc"
  %".494" = add i64 %".493", 16
  %".495" = getelementptr inbounds float, ptr %"c", i64 %".494"
  %".496" = load <16 x float>, ptr %".495", align 4
  %".497" = fadd reassoc contract nsz <16 x float> %".496", %".382"
  store <16 x float> %".497", ptr %".495", align 4
  %".499" = mul i64 3, %"ldc"
  %".500" = add i64 %".499", 0
  %".501" = getelementptr inbounds float, ptr %"c", i64 %".500"
  %".502" = load <16 x float>, ptr %".501", align 4
  %".503" = fadd reassoc contract nsz <16 x float> %".502", %".383"
  store <16 x float> %".503", ptr %".501", align 4
  %".505" = mul i64 3, %"ldc"
  %".506" = add i64 %".505", 16
  %".507" = getelementptr inbounds float, ptr %"c", i64 %".506"
  %".508" = load <16 x float>, ptr %".507", align 4
  %".509" = fadd reassoc contract nsz <16 x float> %".508", %".384"
  store <16 x float> %".509", ptr %".507", align 4
  %".511" = mul i64 4, %"ldc"
  %".512" = add i64 %".511", 0
  %".513" = getelementptr inbounds float, ptr %"c", i64 %".512"
  %".514" = load <16 x float>, ptr %".513", align 4
  %".515" = fadd reassoc contract nsz <16 x float> %".514", %".385"
  store <16 x float> %".515", ptr %".513", align 4
  %".517" = mul i64 4, %"ldc"
  %".518" = add i64 %".517", 16
  %".519" = getelementptr inbounds float, ptr %"c", i64 %".518"
  %".520" = load <16 x float>, ptr %".519", align 4
  %".521" = fadd reassoc contract nsz <16 x float> %".520", %".386"
  store <16 x float> %".521", ptr %".519", align 4
  %".523" = mul i64 5, %"ldc"
  %".524" = add i64 %".523", 0
  %".525" = getelementptr inbounds float, ptr %"c", i64 %".524"
  %".526" = load <16 x float>, ptr %".525", align 4
  %".527" = fadd reassoc contract nsz <16 x float> %".526", %".387"
  store <16 x float> %".527", ptr %".525", align 4
  %".529" = mul i64 5, %"ldc"
  %".530" = add i64 %".529", 16
  %".531" = getelementptr inbounds float, ptr %"c", i64 %".530"
  %".532" = load <16 x float>, ptr %".531", align 4
  %".533" = fadd reassoc contract nsz <16 x float> %".532", %".388"
  store <16 x float> %".533", ptr %".531", align 4
  %".535" = mul i64 6, %"ldc"
  %".536" = add i64 %".535", 0
  %".537" = getelementptr inbounds float, ptr %"c", i64 %".536"
  %".538" = load <16 x float>, ptr %".537", align 4
  %".539" = fadd reassoc contract nsz <16 x float> %".538", %".389"
  store <16 x float> %".539", ptr %".537", align 4
  %".541" = mul i64 6, %"ldc"
  %".542" = add i64 %".541", 16
  %".543" = getelementptr inbounds float, ptr %"c", i64 %".542"
  %".544" = load <16 x float>, ptr %".543", align 4
  %".545" = fadd reassoc contract nsz <16 x float> %".544", %".390"
  store <16 x float> %".545", ptr %".543", align 4
  %".547" = mul i64 7, %"ldc"
  %".548" = add i64 %".547", 0
  %".549" = getelementptr inbounds float, ptr %"c", i64 %".548"
  %".550" = load <16 x float>, ptr %".549", align 4
  %".551" = fadd reassoc contract nsz <16 x float> %".550", %".391"
  store <16 x float> %".551", ptr %".549", align 4
  %".553" = mul i64 7, %"ldc"
  %".554" = add i64 %".553", 16
  %".555" = getelementptr inbounds float, ptr %"c", i64 %".554"
  %".556" = load <16 x float>, ptr %".555", align 4
  %".557" = fadd reassoc contract nsz <16 x float> %".556", %".392"
  store <16 x float> %".557", ptr %".555", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".566" = mul i64 7, %"ldc"
  %".567" = add i64 %".566", 0
  %".568" = getelementptr inbounds float, ptr %"c", i64 %".567"
  %".569" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".568", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".570" = fadd reassoc contract nsz <16 x float> %".569", %".391"
  %".571" = select  i1 %"first", <16 x float> %".391", <16 x float> %".570"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".571", ptr %".568", i32 4, <16 x i1> %".563")
  %".573" = mul i64 7, %"ldc"
  %".574" = add i64 %".573", 16
  %".575" = getelementptr inbounds float, ptr %"c", i64 %".574"
  %".576" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".575", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".577" = fadd reassoc contract nsz <16 x float> %".576", %".392"
  %".578" = select  i1 %"first", <16 x float> %".392", <16 x float> %".577"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".578", ptr %".575", i32 4, <16 x i1> %".564")
  br label %"row1"
row1:
  %".581" = mul i64 6, %"ldc"
  %".582" = add i64 %".581", 0
  %".583" = getelementptr inbounds float, ptr %"c", i64 %".582"
  %".584" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".583", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".585" = fadd reassoc contract nsz <16 x float> %".584", %".389"
  %".586" = select  i1 %"first", <16 x float> %".389", <16 x float> %".585"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".586", ptr %".583", i32 4, <16 x i1> %".563")
  %".588" = mul i64 6, %"ldc"
  %".589" = add i64 %".588", 16
  %".590" = getelementptr inbounds float, ptr %"c", i64 %".589"
  %".591" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".590", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".592" = fadd reassoc contract nsz <16 x float> %".591", %".390"
  %".593" = select  i1 %"first", <16 x float> %".390", <16 x float> %".592"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".593", ptr %".590", i32 4, <16 x i1> %".564")
  br label %"row2"
row2:
  %".596" = mul i64 5, %"ldc"
  %".597" = add i64 %".596", 0
  %".598" = getelementptr inbounds float, ptr %"c", i64 %".597"
  %".599" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".598", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".600" = fadd reassoc contract nsz <16 x float> %".599", %".387"
  %".601" = select  i1 %"first", <16 x float> %".387", <16 x float> %".600"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".601", ptr %".598", i32 4, <16 x i1> %".563")
  %".603" = mul i64 5, %"ldc"
  %".604" = add i64 %".603", 16
  %".605" = getelementptr inbounds float, ptr %"c", i64 %".604"
  %".606" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".605", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".607" = fadd reassoc contract nsz <16 x float> %".606", %".388"
  %".608" = select  i1 %"first", <16 x float> %".388", <16 x float> %".607"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".608", ptr %".605", i32 4, <16 x i1> %".564")
  br label %"row3"
row3:
  %".611" = mul i64 4, %"ldc"
  %".612" = add i64 %".611", 0
  %".613" = getelementptr inbounds float, ptr %"c", i64 %".612"
  %".614" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".613", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".615" = fadd reassoc contract nsz <16 x float> %".614", %".385"
  %".616" = select  i1 %"first", <16 x float> %".385", <16 x float> %".615"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".616", ptr %".613", i32 4, <16 x i1> %".563")
  %".618" = mul i64 4, %"ldc"
  %".619" = add i64 %".618", 16
  %".620" = getelementptr inbounds float, ptr %"c", i64 %".619"
  %".621" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".620", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".622" = fadd reassoc contract nsz <16 x float> %".621", %".386"
  %".623" = select  i1 %"first", <16 x float> %".386", <16 x float> %".622"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".623", ptr %".620", i32 4, <16 x i1> %".564")
  br label %"row4"
row4:
  %".626" = mul i64 3, %"ldc"
  %".627" = add i64 %".626", 0
  %".628" = getelementptr inbounds float, ptr %"c", i64 %".627"
  %".629" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".628", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".630" = fadd reassoc contract nsz <16 x float> %".629", %".383"
  %".631" = select  i1 %"first", <16 x float> %".383", <16 x float> %".630"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".631", ptr %".628", i32 4, <16 x i1> %".563")
  %".633" = mul i64 3, %"ldc"
  %".634" = add i64 %".633", 16
  %".635" = getelementptr inbounds float, ptr %"c", i64 %".634"
  %".636" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".635", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".637" = fadd reassoc contract nsz <16 x float> %".636", %".384"
  %".638" = select  i1 %"first", <16 x float> %".384", <16 x float> %".637"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".638", ptr %".635", i32 4, <16 x i1> %".564")
  br label %"row5"
row5:
  %".641" = mul i64 2, %"ldc"
  %".642" = add i64 %".641", 0
  %".643" = getelementptr inbounds float, ptr %"c", i64 %".642"
  %".644" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".643", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".645" = fadd reassoc contract nsz <16 x float> %".644", %".381"
  %".646" = select  i1 %"first", <16 x float> %".381", <16 x float> %".645"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".646", ptr %".643", i32 4, <16 x i1> %".563")
  %".648" = mul i64 2, %"ldc"
  %".649" = add i64 %".648", 16
  %".650" = getelementptr inbounds float, ptr %"c", i64 %".649"
  %".651" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".650", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".652" = fadd reassoc contract nsz <16 x float> %".651", %".382"
  %".653" = select  i1 %"first", <16 x float> %".382", <16 x float> %".652"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".653", ptr %".650", i32 4, <16 x i1> %".564")
  br label %"row6"
row6:
  %".656" = mul i64 1, %"ldc"
  %".657" = add i64 %".656", 0
  %".658" = getelementptr inbounds float, ptr %"c", i64 %".657"
  %".659" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".658", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".660" = fadd reassoc contract nsz <16 x float> %".659", %".379"
  %".661" = select  i1 %"first", <16 x float> %".379", <16 x float> %".660"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".661", ptr %".658", i32 4, <16 x i1> %".563")
  %".663" = mul i64 1, %"ldc"
  %".664" = add i64 %".663", 16
  %".665" = getelementptr inbounds float, ptr %"c", i64 %".664"
  %".666" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".665", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".667" = fadd reassoc contract nsz <16 x float> %".666", %".380"
  %".668" = select  i1 %"first", <16 x float> %".380", <16 x float> %".667"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".668", ptr %".665", i32 4, <16 x i1> %".564")
  br label %"row7"
row7:
  %".671" = mul i64 0, %"ldc"
  %".672" = add i64 %".671", 0
  %".673" = getelementptr inbounds float, ptr %"c", i64 %".672"
  %".674" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".673", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".675" = fadd reassoc contract nsz <16 x float> %".674", %".377"
  %".676" = select  i1 %"first", <16 x float> %".377", <16 x float> %".675"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".676", ptr %".673", i32 4, <16 x i1> %".563")
  %".678" = mul i64 0, %"ldc"
  %".679" = add i64 %".678", 16
  %".680" = getelementptr inbounds float, ptr %"c", i64 %".679"
  %".681" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".680", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".682" = fadd reassoc contract nsz <16 x float> %".681", %".378"
  %".683" = select  i1 %"first", <16 x float> %".378", <16 x float> %".682"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".683", ptr %".680", i32 4, <16 x i1> %".564")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.pack_a"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".8" = add i64 %"rows", 11
  %".9" = sdiv i64 %".8", 12
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 12
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 12
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 12, %".15"
  %".17" = select  i1 %".16", i64 12, i64 %".15"
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
  %".31" = mul i64 %"k", 12
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
  %".49" = mul i64 %"k.1", 12
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
  %".60" = icmp slt i64 %".17", 12
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 12
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 12
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.pack_b"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".8" = add i64 %"rows", 31
  %".9" = sdiv i64 %".8", 32
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 32
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 32
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 32, %".15"
  %".17" = select  i1 %".16", i64 32, i64 %".15"
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
  %".31" = mul i64 %"k", 32
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
  %".49" = mul i64 %"k.1", 32
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
  %".60" = icmp slt i64 %".17", 32
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 32
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 32
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.thread"(ptr %"ctx", i64 %"tid", i64 %"nt") "min-legal-vector-width"="512" "prefer-vector-width"="512"
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
  %".40" = add i64 %"Nn", 31
  %".41" = sdiv i64 %".40", 32
  %".42" = sub i64 %".38", 1
  %".43" = add i64 %".41", %".42"
  %".44" = sdiv i64 %".43", %".38"
  %".45" = mul i64 %".44", 32
  %".46" = mul i64 %".37", %".45"
  %".47" = icmp slt i64 %".46", %"Nn"
  %".48" = select  i1 %".47", i64 %".46", i64 %"Nn"
  %".49" = add i64 %".48", %".45"
  %".50" = icmp slt i64 %".49", %"Nn"
  %".51" = select  i1 %".50", i64 %".49", i64 %"Nn"
  %".52" = add i64 %"M", 11
  %".53" = sdiv i64 %".52", 12
  %".54" = sub i64 %".38", 1
  %".55" = add i64 %".53", %".54"
  %".56" = sdiv i64 %".55", %".38"
  %".57" = mul i64 %".56", 12
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
  %"ws" = call ptr @"gv_workspace"(i64 %"tid", i64 6438912)
  %".68" = getelementptr inbounds float, ptr %"ws", i64 36864
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
  %".83" = icmp slt i64 4096, %".82"
  %".84" = select  i1 %".83", i64 4096, i64 %".82"
  %".85" = icmp slt i64 0, %"K"
  br i1 %".85", label %"pc.body", label %"pc.done"
jc.done:
  %"bi.next" = add nsw i64 %"bi", 1
  %".153" = icmp slt i64 %"bi.next", %".36"
  br i1 %".153", label %"bi.body", label %"bi.done"
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".87" = sub i64 %"K", %"pc"
  %".88" = icmp slt i64 384, %".87"
  %".89" = select  i1 %".88", i64 384, i64 %".87"
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
  %"jc.next" = add nsw i64 %"jc", 4096
  %".151" = icmp slt i64 %"jc.next", %".65"
  br i1 %".151", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".66", %"pc.body"], [%"ic.next", %"jr.done"]
  %".100" = sub i64 %".67", %"ic"
  %".101" = icmp slt i64 96, %".100"
  %".102" = select  i1 %".101", i64 96, i64 %".100"
  %".103" = mul i64 %"ic", %"rsa"
  %".104" = mul i64 %"pc", %"csa"
  %".105" = add i64 %".103", %".104"
  %".106" = getelementptr inbounds float, ptr %".72", i64 %".105"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".106", i64 %".102", i64 %".89", i64 %"rsa", i64 %"csa")
  %".108" = icmp slt i64 0, %".84"
  br i1 %".108", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 384
  %".149" = icmp slt i64 %"pc.next", %"K"
  br i1 %".149", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".110" = sub i64 %".84", %"jr"
  %".111" = icmp slt i64 32, %".110"
  %".112" = select  i1 %".111", i64 32, i64 %".110"
  %".113" = mul i64 %"jr", %".89"
  %".114" = getelementptr inbounds float, ptr %".68", i64 %".113"
  %".115" = icmp slt i64 0, %".102"
  br i1 %".115", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 96
  %".147" = icmp slt i64 %"ic.next", %".67"
  br i1 %".147", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body.endif"]
  %".117" = sub i64 %".102", %"ir"
  %".118" = icmp slt i64 12, %".117"
  %".119" = select  i1 %".118", i64 12, i64 %".117"
  %".120" = mul i64 %"ir", %".89"
  %".121" = getelementptr inbounds float, ptr %"ws", i64 %".120"
  %".122" = add i64 %"ic", %"ir"
  %".123" = mul i64 %".122", %"ldc"
  %".124" = add i64 %"jc", %"jr"
  %".125" = add i64 %".123", %".124"
  %".126" = getelementptr inbounds float, ptr %".76", i64 %".125"
  %".127" = icmp sle i64 %".119", 4
  br i1 %".127", label %"ir.body.if", label %"ir.body.else"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 32
  %".145" = icmp slt i64 %"jr.next", %".84"
  br i1 %".145", label %"jr.body", label %"jr.done"
ir.body.if:
  call void @"gv_gemm_f32.ukernel4"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.endif"
ir.body.else:
  %".131" = icmp sle i64 %".119", 6
  br i1 %".131", label %"ir.body.else.if", label %"ir.body.else.else"
ir.body.endif:
  %"ir.next" = add nsw i64 %"ir", 12
  %".143" = icmp slt i64 %"ir.next", %".102"
  br i1 %".143", label %"ir.body", label %"ir.done"
ir.body.else.if:
  call void @"gv_gemm_f32.ukernel6"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.endif"
ir.body.else.else:
  %".135" = icmp sle i64 %".119", 8
  br i1 %".135", label %"ir.body.else.else.if", label %"ir.body.else.else.else"
ir.body.else.endif:
  br label %"ir.body.endif"
ir.body.else.else.if:
  call void @"gv_gemm_f32.ukernel8"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.else.endif"
ir.body.else.else.else:
  call void @"gv_gemm_f32.ukernel12"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.else.endif"
ir.body.else.else.endif:
  br label %"ir.body.else.endif"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

define internal void @"gv_dot_f32.pack"(ptr noalias %"at", ptr noalias %"a", i64 %"M", i64 %"kc", i64 %"lda", i64 %"ldat")
{
entry:
  %".8" = and i64 %"kc", -16
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
  %".59" = add i64 %"m", 8
  %".60" = sub i64 %"M", 1
  %".61" = icmp slt i64 %".59", %".60"
  %".62" = select  i1 %".61", i64 %".59", i64 %".60"
  %".63" = mul i64 %".62", %"lda"
  %".64" = getelementptr inbounds float, ptr %"a", i64 %".63"
  %".65" = add i64 %"m", 9
  %".66" = sub i64 %"M", 1
  %".67" = icmp slt i64 %".65", %".66"
  %".68" = select  i1 %".67", i64 %".65", i64 %".66"
  %".69" = mul i64 %".68", %"lda"
  %".70" = getelementptr inbounds float, ptr %"a", i64 %".69"
  %".71" = add i64 %"m", 10
  %".72" = sub i64 %"M", 1
  %".73" = icmp slt i64 %".71", %".72"
  %".74" = select  i1 %".73", i64 %".71", i64 %".72"
  %".75" = mul i64 %".74", %"lda"
  %".76" = getelementptr inbounds float, ptr %"a", i64 %".75"
  %".77" = add i64 %"m", 11
  %".78" = sub i64 %"M", 1
  %".79" = icmp slt i64 %".77", %".78"
  %".80" = select  i1 %".79", i64 %".77", i64 %".78"
  %".81" = mul i64 %".80", %"lda"
  %".82" = getelementptr inbounds float, ptr %"a", i64 %".81"
  %".83" = add i64 %"m", 12
  %".84" = sub i64 %"M", 1
  %".85" = icmp slt i64 %".83", %".84"
  %".86" = select  i1 %".85", i64 %".83", i64 %".84"
  %".87" = mul i64 %".86", %"lda"
  %".88" = getelementptr inbounds float, ptr %"a", i64 %".87"
  %".89" = add i64 %"m", 13
  %".90" = sub i64 %"M", 1
  %".91" = icmp slt i64 %".89", %".90"
  %".92" = select  i1 %".91", i64 %".89", i64 %".90"
  %".93" = mul i64 %".92", %"lda"
  %".94" = getelementptr inbounds float, ptr %"a", i64 %".93"
  %".95" = add i64 %"m", 14
  %".96" = sub i64 %"M", 1
  %".97" = icmp slt i64 %".95", %".96"
  %".98" = select  i1 %".97", i64 %".95", i64 %".96"
  %".99" = mul i64 %".98", %"lda"
  %".100" = getelementptr inbounds float, ptr %"a", i64 %".99"
  %".101" = add i64 %"m", 15
  %".102" = sub i64 %"M", 1
  %".103" = icmp slt i64 %".101", %".102"
  %".104" = select  i1 %".103", i64 %".101", i64 %".102"
  %".105" = mul i64 %".104", %"lda"
  %".106" = getelementptr inbounds float, ptr %"a", i64 %".105"
  %".107" = getelementptr inbounds float, ptr %"at", i64 %"m"
  %".108" = icmp slt i64 0, %".8"
  br i1 %".108", label %"k.body", label %"k.done"
m.done:
  ret void
k.body:
  %"k" = phi  i64 [0, %"m.body"], [%"k.next", %"k.body"]
  %".110" = getelementptr inbounds float, ptr %".16", i64 %"k"
  %".111" = load <16 x float>, ptr %".110", align 4
  %".112" = getelementptr inbounds float, ptr %".22", i64 %"k"
  %".113" = load <16 x float>, ptr %".112", align 4
  %".114" = getelementptr inbounds float, ptr %".28", i64 %"k"
  %".115" = load <16 x float>, ptr %".114", align 4
  %".116" = getelementptr inbounds float, ptr %".34", i64 %"k"
  %".117" = load <16 x float>, ptr %".116", align 4
  %".118" = getelementptr inbounds float, ptr %".40", i64 %"k"
  %".119" = load <16 x float>, ptr %".118", align 4
  %".120" = getelementptr inbounds float, ptr %".46", i64 %"k"
  %".121" = load <16 x float>, ptr %".120", align 4
  %".122" = getelementptr inbounds float, ptr %".52", i64 %"k"
  %".123" = load <16 x float>, ptr %".122", align 4
  %".124" = getelementptr inbounds float, ptr %".58", i64 %"k"
  %".125" = load <16 x float>, ptr %".124", align 4
  %".126" = getelementptr inbounds float, ptr %".64", i64 %"k"
  %".127" = load <16 x float>, ptr %".126", align 4
  %".128" = getelementptr inbounds float, ptr %".70", i64 %"k"
  %".129" = load <16 x float>, ptr %".128", align 4
  %".130" = getelementptr inbounds float, ptr %".76", i64 %"k"
  %".131" = load <16 x float>, ptr %".130", align 4
  %".132" = getelementptr inbounds float, ptr %".82", i64 %"k"
  %".133" = load <16 x float>, ptr %".132", align 4
  %".134" = getelementptr inbounds float, ptr %".88", i64 %"k"
  %".135" = load <16 x float>, ptr %".134", align 4
  %".136" = getelementptr inbounds float, ptr %".94", i64 %"k"
  %".137" = load <16 x float>, ptr %".136", align 4
  %".138" = getelementptr inbounds float, ptr %".100", i64 %"k"
  %".139" = load <16 x float>, ptr %".138", align 4
  %".140" = getelementptr inbounds float, ptr %".106", i64 %"k"
  %".141" = load <16 x float>, ptr %".140", align 4
  %".142" = shufflevector <16 x float> %".111", <16 x float> %".113", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".143" = shufflevector <16 x float> %".111", <16 x float> %".113", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".144" = shufflevector <16 x float> %".115", <16 x float> %".117", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".145" = shufflevector <16 x float> %".115", <16 x float> %".117", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".146" = shufflevector <16 x float> %".119", <16 x float> %".121", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".147" = shufflevector <16 x float> %".119", <16 x float> %".121", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".148" = shufflevector <16 x float> %".123", <16 x float> %".125", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".149" = shufflevector <16 x float> %".123", <16 x float> %".125", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".150" = shufflevector <16 x float> %".127", <16 x float> %".129", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".151" = shufflevector <16 x float> %".127", <16 x float> %".129", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".152" = shufflevector <16 x float> %".131", <16 x float> %".133", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".153" = shufflevector <16 x float> %".131", <16 x float> %".133", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".154" = shufflevector <16 x float> %".135", <16 x float> %".137", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".155" = shufflevector <16 x float> %".135", <16 x float> %".137", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".156" = shufflevector <16 x float> %".139", <16 x float> %".141", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".157" = shufflevector <16 x float> %".139", <16 x float> %".141", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".158" = shufflevector <16 x float> %".142", <16 x float> %".144", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".159" = shufflevector <16 x float> %".142", <16 x float> %".144", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".160" = shufflevector <16 x float> %".143", <16 x float> %".145", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".161" = shufflevector <16 x float> %".143", <16 x float> %".145", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".162" = shufflevector <16 x float> %".146", <16 x float> %".148", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".163" = shufflevector <16 x float> %".146", <16 x float> %".148", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".164" = shufflevector <16 x float> %".147", <16 x float> %".149", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".165" = shufflevector <16 x float> %".147", <16 x float> %".149", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".166" = shufflevector <16 x float> %".150", <16 x float> %".152", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".167" = shufflevector <16 x float> %".150", <16 x float> %".152", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".168" = shufflevector <16 x float> %".151", <16 x float> %".153", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".169" = shufflevector <16 x float> %".151", <16 x float> %".153", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".170" = shufflevector <16 x float> %".154", <16 x float> %".156", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".171" = shufflevector <16 x float> %".154", <16 x float> %".156", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".172" = shufflevector <16 x float> %".155", <16 x float> %".157", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".173" = shufflevector <16 x float> %".155", <16 x float> %".157", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".174" = shufflevector <16 x float> %".158", <16 x float> %".162", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".175" = shufflevector <16 x float> %".158", <16 x float> %".162", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".176" = shufflevector <16 x float> %".160", <16 x float> %".164", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".177" = shufflevector <16 x float> %".160", <16 x float> %".164", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".178" = shufflevector <16 x float> %".159", <16 x float> %".163", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".179" = shufflevector <16 x float> %".159", <16 x float> %".163", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".180" = shufflevector <16 x float> %".161", <16 x float> %".165", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".181" = shufflevector <16 x float> %".161", <16 x float> %".165", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".182" = shufflevector <16 x float> %".166", <16 x float> %".170", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".183" = shufflevector <16 x float> %".166", <16 x float> %".170", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".184" = shufflevector <16 x float> %".168", <16 x float> %".172", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".185" = shufflevector <16 x float> %".168", <16 x float> %".172", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".186" = shufflevector <16 x float> %".167", <16 x float> %".171", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".187" = shufflevector <16 x float> %".167", <16 x float> %".171", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".188" = shufflevector <16 x float> %".169", <16 x float> %".173", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".189" = shufflevector <16 x float> %".169", <16 x float> %".173", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".190" = shufflevector <16 x float> %".174", <16 x float> %".182", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".191" = shufflevector <16 x float> %".174", <16 x float> %".182", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".192" = shufflevector <16 x float> %".176", <16 x float> %".184", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".193" = shufflevector <16 x float> %".176", <16 x float> %".184", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".194" = shufflevector <16 x float> %".178", <16 x float> %".186", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".195" = shufflevector <16 x float> %".178", <16 x float> %".186", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".196" = shufflevector <16 x float> %".180", <16 x float> %".188", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".197" = shufflevector <16 x float> %".180", <16 x float> %".188", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".198" = shufflevector <16 x float> %".175", <16 x float> %".183", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".199" = shufflevector <16 x float> %".175", <16 x float> %".183", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".200" = shufflevector <16 x float> %".177", <16 x float> %".185", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".201" = shufflevector <16 x float> %".177", <16 x float> %".185", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".202" = shufflevector <16 x float> %".179", <16 x float> %".187", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".203" = shufflevector <16 x float> %".179", <16 x float> %".187", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".204" = shufflevector <16 x float> %".181", <16 x float> %".189", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".205" = shufflevector <16 x float> %".181", <16 x float> %".189", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".206" = add i64 %"k", 0
  %".207" = mul i64 %".206", %"ldat"
  %".208" = getelementptr inbounds float, ptr %".107", i64 %".207"
  store <16 x float> %".190", ptr %".208", align 64
  %".210" = add i64 %"k", 1
  %".211" = mul i64 %".210", %"ldat"
  %".212" = getelementptr inbounds float, ptr %".107", i64 %".211"
  store <16 x float> %".192", ptr %".212", align 64
  %".214" = add i64 %"k", 2
  %".215" = mul i64 %".214", %"ldat"
  %".216" = getelementptr inbounds float, ptr %".107", i64 %".215"
  store <16 x float> %".194", ptr %".216", align 64
  %".218" = add i64 %"k", 3
  %".219" = mul i64 %".218", %"ldat"
  %".220" = getelementptr inbounds float, ptr %".107", i64 %".219"
  store <16 x float> %".196", ptr %".220", align 64
  %".222" = add i64 %"k", 4
  %".223" = mul i64 %".222", %"ldat"
  %".224" = getelementptr inbounds float, ptr %".107", i64 %".223"
  store <16 x float> %".198", ptr %".224", align 64
  %".226" = add i64 %"k", 5
  %".227" = mul i64 %".226", %"ldat"
  %".228" = getelementptr inbounds float, ptr %".107", i64 %".227"
  store <16 x float> %".200", ptr %".228", align 64
  %".230" = add i64 %"k", 6
  %".231" = mul i64 %".230", %"ldat"
  %".232" = getelementptr inbounds float, ptr %".107", i64 %".231"
  store <16 x float> %".202", ptr %".232", align 64
  %".234" = add i64 %"k", 7
  %".235" = mul i64 %".234", %"ldat"
  %".236" = getelementptr inbounds float, ptr %".107", i64 %".235"
  store <16 x float> %".204", ptr %".236", align 64
  %".238" = add i64 %"k", 8
  %".239" = mul i64 %".238", %"ldat"
  %".240" = getelementptr inbounds float, ptr %".107", i64 %".239"
  store <16 x float> %".191", ptr %".240", align 64
  %".242" = add i64 %"k", 9
  %".243" = mul i64 %".242", %"ldat"
  %".244" = getelementptr inbounds float, ptr %".107", i64 %".243"
  store <16 x float> %".193", ptr %".244", align 64
  %".246" = add i64 %"k", 10
  %".247" = mul i64 %".246", %"ldat"
  %".248" = getelementptr inbounds float, ptr %".107", i64 %".247"
  store <16 x float> %".195", ptr %".248", align 64
  %".250" = add i64 %"k", 11
  %".251" = mul i64 %".250", %"ldat"
  %".252" = getelementptr inbounds float, ptr %".107", i64 %".251"
  store <16 x float> %".197", ptr %".252", align 64
  %".254" = add i64 %"k", 12
  %".255" = mul i64 %".254", %"ldat"
  %".256" = getelementptr inbounds float, ptr %".107", i64 %".255"
  store <16 x float> %".199", ptr %".256", align 64
  %".258" = add i64 %"k", 13
  %".259" = mul i64 %".258", %"ldat"
  %".260" = getelementptr inbounds float, ptr %".107", i64 %".259"
  store <16 x float> %".201", ptr %".260", align 64
  %".262" = add i64 %"k", 14
  %".263" = mul i64 %".262", %"ldat"
  %".264" = getelementptr inbounds float, ptr %".107", i64 %".263"
  store <16 x float> %".203", ptr %".264", align 64
  %".266" = add i64 %"k", 15
  %".267" = mul i64 %".266", %"ldat"
  %".268" = getelementptr inbounds float, ptr %".107", i64 %".267"
  store <16 x float> %".205", ptr %".268", align 64
  %"k.next" = add nsw i64 %"k", 16
  %".270" = icmp slt i64 %"k.next", %".8"
  br i1 %".270", label %"k.body", label %"k.done"
k.done:
  %".272" = icmp slt i64 %".8", %"kc"
  br i1 %".272", label %"k.done.if", label %"k.done.endif"
k.done.if:
  %".274" = sub i64 %"kc", %".8"
  %".275" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".274", i32 0
  %".276" = shufflevector <16 x i64> %".275", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".276"
  %".278" = getelementptr inbounds float, ptr %".16", i64 %".8"
  %".279" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".278", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".280" = getelementptr inbounds float, ptr %".22", i64 %".8"
  %".281" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".280", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".282" = getelementptr inbounds float, ptr %".28", i64 %".8"
  %".283" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".282", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".284" = getelementptr inbounds float, ptr %".34", i64 %".8"
  %".285" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".284", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".286" = getelementptr inbounds float, ptr %".40", i64 %".8"
  %".287" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".286", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".288" = getelementptr inbounds float, ptr %".46", i64 %".8"
  %".289" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".288", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".290" = getelementptr inbounds float, ptr %".52", i64 %".8"
  %".291" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".290", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".292" = getelementptr inbounds float, ptr %".58", i64 %".8"
  %".293" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".292", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".294" = getelementptr inbounds float, ptr %".64", i64 %".8"
  %".295" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".294", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".296" = getelementptr inbounds float, ptr %".70", i64 %".8"
  %".297" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".296", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".298" = getelementptr inbounds float, ptr %".76", i64 %".8"
  %".299" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".298", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".300" = getelementptr inbounds float, ptr %".82", i64 %".8"
  %".301" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".300", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".302" = getelementptr inbounds float, ptr %".88", i64 %".8"
  %".303" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".302", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".304" = getelementptr inbounds float, ptr %".94", i64 %".8"
  %".305" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".304", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".306" = getelementptr inbounds float, ptr %".100", i64 %".8"
  %".307" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".306", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".308" = getelementptr inbounds float, ptr %".106", i64 %".8"
  %".309" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".308", i32 4, <16 x i1> %".277", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".310" = shufflevector <16 x float> %".279", <16 x float> %".281", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".311" = shufflevector <16 x float> %".279", <16 x float> %".281", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".312" = shufflevector <16 x float> %".283", <16 x float> %".285", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".313" = shufflevector <16 x float> %".283", <16 x float> %".285", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".314" = shufflevector <16 x float> %".287", <16 x float> %".289", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".315" = shufflevector <16 x float> %".287", <16 x float> %".289", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".316" = shufflevector <16 x float> %".291", <16 x float> %".293", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".317" = shufflevector <16 x float> %".291", <16 x float> %".293", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".318" = shufflevector <16 x float> %".295", <16 x float> %".297", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".319" = shufflevector <16 x float> %".295", <16 x float> %".297", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".320" = shufflevector <16 x float> %".299", <16 x float> %".301", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".321" = shufflevector <16 x float> %".299", <16 x float> %".301", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".322" = shufflevector <16 x float> %".303", <16 x float> %".305", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".323" = shufflevector <16 x float> %".303", <16 x float> %".305", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".324" = shufflevector <16 x float> %".307", <16 x float> %".309", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".325" = shufflevector <16 x float> %".307", <16 x float> %".309", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".326" = shufflevector <16 x float> %".310", <16 x float> %".312", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".327" = shufflevector <16 x float> %".310", <16 x float> %".312", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".328" = shufflevector <16 x float> %".311", <16 x float> %".313", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".329" = shufflevector <16 x float> %".311", <16 x float> %".313", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".330" = shufflevector <16 x float> %".314", <16 x float> %".316", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".331" = shufflevector <16 x float> %".314", <16 x float> %".316", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".332" = shufflevector <16 x float> %".315", <16 x float> %".317", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".333" = shufflevector <16 x float> %".315", <16 x float> %".317", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".334" = shufflevector <16 x float> %".318", <16 x float> %".320", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".335" = shufflevector <16 x float> %".318", <16 x float> %".320", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".336" = shufflevector <16 x float> %".319", <16 x float> %".321", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".337" = shufflevector <16 x float> %".319", <16 x float> %".321", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".338" = shufflevector <16 x float> %".322", <16 x float> %".324", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".339" = shufflevector <16 x float> %".322", <16 x float> %".324", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".340" = shufflevector <16 x float> %".323", <16 x float> %".325", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".341" = shufflevector <16 x float> %".323", <16 x float> %".325", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".342" = shufflevector <16 x float> %".326", <16 x float> %".330", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".343" = shufflevector <16 x float> %".326", <16 x float> %".330", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".344" = shufflevector <16 x float> %".328", <16 x float> %".332", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".345" = shufflevector <16 x float> %".328", <16 x float> %".332", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".346" = shufflevector <16 x float> %".327", <16 x float> %".331", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".347" = shufflevector <16 x float> %".327", <16 x float> %".331", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".348" = shufflevector <16 x float> %".329", <16 x float> %".333", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".349" = shufflevector <16 x float> %".329", <16 x float> %".333", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".350" = shufflevector <16 x float> %".334", <16 x float> %".338", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".351" = shufflevector <16 x float> %".334", <16 x float> %".338", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".352" = shufflevector <16 x float> %".336", <16 x float> %".340", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".353" = shufflevector <16 x float> %".336", <16 x float> %".340", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".354" = shufflevector <16 x float> %".335", <16 x float> %".339", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".355" = shufflevector <16 x float> %".335", <16 x float> %".339", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".356" = shufflevector <16 x float> %".337", <16 x float> %".341", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".357" = shufflevector <16 x float> %".337", <16 x float> %".341", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".358" = shufflevector <16 x float> %".342", <16 x float> %".350", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".359" = shufflevector <16 x float> %".342", <16 x float> %".350", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".360" = shufflevector <16 x float> %".344", <16 x float> %".352", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".361" = shufflevector <16 x float> %".344", <16 x float> %".352", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".362" = shufflevector <16 x float> %".346", <16 x float> %".354", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".363" = shufflevector <16 x float> %".346", <16 x float> %".354", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".364" = shufflevector <16 x float> %".348", <16 x float> %".356", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".365" = shufflevector <16 x float> %".348", <16 x float> %".356", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".366" = shufflevector <16 x float> %".343", <16 x float> %".351", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".367" = shufflevector <16 x float> %".343", <16 x float> %".351", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".368" = shufflevector <16 x float> %".345", <16 x float> %".353", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".369" = shufflevector <16 x float> %".345", <16 x float> %".353", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".370" = shufflevector <16 x float> %".347", <16 x float> %".355", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".371" = shufflevector <16 x float> %".347", <16 x float> %".355", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".372" = shufflevector <16 x float> %".349", <16 x float> %".357", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".373" = shufflevector <16 x float> %".349", <16 x float> %".357", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".374" = add i64 %".8", 0
  %".375" = mul i64 %".374", %"ldat"
  %".376" = getelementptr inbounds float, ptr %".107", i64 %".375"
  %".377" = icmp slt i64 0, %".274"
  br i1 %".377", label %"k.done.if.if", label %"k.done.if.endif"
k.done.endif:
  %"m.next" = add nsw i64 %"m", 16
  %".487" = icmp slt i64 %"m.next", %"ldat"
  br i1 %".487", label %"m.body", label %"m.done"
k.done.if.if:
  store <16 x float> %".358", ptr %".376", align 64
  br label %"k.done.if.endif"
k.done.if.endif:
  %".381" = add i64 %".8", 1
  %".382" = mul i64 %".381", %"ldat"
  %".383" = getelementptr inbounds float, ptr %".107", i64 %".382"
  %".384" = icmp slt i64 1, %".274"
  br i1 %".384", label %"k.done.if.endif.if", label %"k.done.if.endif.endif"
k.done.if.endif.if:
  store <16 x float> %".360", ptr %".383", align 64
  br label %"k.done.if.endif.endif"
k.done.if.endif.endif:
  %".388" = add i64 %".8", 2
  %".389" = mul i64 %".388", %"ldat"
  %".390" = getelementptr inbounds float, ptr %".107", i64 %".389"
  %".391" = icmp slt i64 2, %".274"
  br i1 %".391", label %"k.done.if.endif.endif.if", label %"k.done.if.endif.endif.endif"
k.done.if.endif.endif.if:
  store <16 x float> %".362", ptr %".390", align 64
  br label %"k.done.if.endif.endif.endif"
k.done.if.endif.endif.endif:
  %".395" = add i64 %".8", 3
  %".396" = mul i64 %".395", %"ldat"
  %".397" = getelementptr inbounds float, ptr %".107", i64 %".396"
  %".398" = icmp slt i64 3, %".274"
  br i1 %".398", label %"k.done.if.endif.endif.endif.if", label %"k.done.if.endif.endif.endif.endif"
k.done.if.endif.endif.endif.if:
  store <16 x float> %".364", ptr %".397", align 64
  br label %"k.done.if.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif:
  %".402" = add i64 %".8", 4
  %".403" = mul i64 %".402", %"ldat"
  %".404" = getelementptr inbounds float, ptr %".107", i64 %".403"
  %".405" = icmp slt i64 4, %".274"
  br i1 %".405", label %"k.done.if.endif.endif.endif.endif.if", label %"k.done.if.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.if:
  store <16 x float> %".366", ptr %".404", align 64
  br label %"k.done.if.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif:
  %".409" = add i64 %".8", 5
  %".410" = mul i64 %".409", %"ldat"
  %".411" = getelementptr inbounds float, ptr %".107", i64 %".410"
  %".412" = icmp slt i64 5, %".274"
  br i1 %".412", label %"k.done.if.endif.endif.endif.endif.endif.if", label %"k.done.if.endif.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif.if:
  store <16 x float> %".368", ptr %".411", align 64
  br label %"k.done.if.endif.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif.endif:
  %".416" = add i64 %".8", 6
  %".417" = mul i64 %".416", %"ldat"
  %".418" = getelementptr inbounds float, ptr %".107", i64 %".417"
  %".419" = icmp slt i64 6, %".274"
  br i1 %".419", label %"k.done.if.endif.endif.endif.endif.endif.endif.if", label %"k.done.if.endif.endif.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif.endif.if:
  store <16 x float> %".370", ptr %".418", align 64
  br label %"k.done.if.endif.endif.endif.endif.endif.endif.endif"
k.done.if.endif.endif.endif.endif.endif.endif.endif:
  %".423" = add i64 %".8", 7
  %".424" = mul i64 %".423", %"ldat"
  %".425" = getelementptr inbounds float, ptr %".107", i64 %".424"
  %".426" = icmp slt i64 7, %".274"
  br i1 %".426", label %"k.done.if.endif.endif.end...if", label %"k.done.if.endif.endif.end...endif"
k.done.if.endif.endif.end...if:
  store <16 x float> %".372", ptr %".425", align 64
  br label %"k.done.if.endif.endif.end...endif"
k.done.if.endif.endif.end...endif:
  %".430" = add i64 %".8", 8
  %".431" = mul i64 %".430", %"ldat"
  %".432" = getelementptr inbounds float, ptr %".107", i64 %".431"
  %".433" = icmp slt i64 8, %".274"
  br i1 %".433", label %"k.done.if.endif.endif.end...endif.if", label %"k.done.if.endif.endif.end...endif.endif"
k.done.if.endif.endif.end...endif.if:
  store <16 x float> %".359", ptr %".432", align 64
  br label %"k.done.if.endif.endif.end...endif.endif"
k.done.if.endif.endif.end...endif.endif:
  %".437" = add i64 %".8", 9
  %".438" = mul i64 %".437", %"ldat"
  %".439" = getelementptr inbounds float, ptr %".107", i64 %".438"
  %".440" = icmp slt i64 9, %".274"
  br i1 %".440", label %"k.done.if.endif.endif.end...endif.endif.if", label %"k.done.if.endif.endif.end...endif.endif.endif"
k.done.if.endif.endif.end...endif.endif.if:
  store <16 x float> %".361", ptr %".439", align 64
  br label %"k.done.if.endif.endif.end...endif.endif.endif"
k.done.if.endif.endif.end...endif.endif.endif:
  %".444" = add i64 %".8", 10
  %".445" = mul i64 %".444", %"ldat"
  %".446" = getelementptr inbounds float, ptr %".107", i64 %".445"
  %".447" = icmp slt i64 10, %".274"
  br i1 %".447", label %"k.done.if.endif.endif.end...endif.endif.endif.if", label %"k.done.if.endif.endif.end...endif.endif.endif.endif"
k.done.if.endif.endif.end...endif.endif.endif.if:
  store <16 x float> %".363", ptr %".446", align 64
  br label %"k.done.if.endif.endif.end...endif.endif.endif.endif"
k.done.if.endif.endif.end...endif.endif.endif.endif:
  %".451" = add i64 %".8", 11
  %".452" = mul i64 %".451", %"ldat"
  %".453" = getelementptr inbounds float, ptr %".107", i64 %".452"
  %".454" = icmp slt i64 11, %".274"
  br i1 %".454", label %"k.done.if.endif.endif.end...if.1", label %"k.done.if.endif.endif.end...endif.1"
k.done.if.endif.endif.end...if.1:
  store <16 x float> %".365", ptr %".453", align 64
  br label %"k.done.if.endif.endif.end...endif.1"
k.done.if.endif.endif.end...endif.1:
  %".458" = add i64 %".8", 12
  %".459" = mul i64 %".458", %"ldat"
  %".460" = getelementptr inbounds float, ptr %".107", i64 %".459"
  %".461" = icmp slt i64 12, %".274"
  br i1 %".461", label %"k.done.if.endif.endif.end...endif.1.if", label %"k.done.if.endif.endif.end...endif.1.endif"
k.done.if.endif.endif.end...endif.1.if:
  store <16 x float> %".367", ptr %".460", align 64
  br label %"k.done.if.endif.endif.end...endif.1.endif"
k.done.if.endif.endif.end...endif.1.endif:
  %".465" = add i64 %".8", 13
  %".466" = mul i64 %".465", %"ldat"
  %".467" = getelementptr inbounds float, ptr %".107", i64 %".466"
  %".468" = icmp slt i64 13, %".274"
  br i1 %".468", label %"k.done.if.endif.endif.end...endif.1.endif.if", label %"k.done.if.endif.endif.end...endif.1.endif.endif"
k.done.if.endif.endif.end...endif.1.endif.if:
  store <16 x float> %".369", ptr %".467", align 64
  br label %"k.done.if.endif.endif.end...endif.1.endif.endif"
k.done.if.endif.endif.end...endif.1.endif.endif:
  %".472" = add i64 %".8", 14
  %".473" = mul i64 %".472", %"ldat"
  %".474" = getelementptr inbounds float, ptr %".107", i64 %".473"
  %".475" = icmp slt i64 14, %".274"
  br i1 %".475", label %"k.done.if.endif.endif.end...endif.1.endif.endif.if", label %"k.done.if.endif.endif.end...endif.1.endif.endif.endif"
k.done.if.endif.endif.end...endif.1.endif.endif.if:
  store <16 x float> %".371", ptr %".474", align 64
  br label %"k.done.if.endif.endif.end...endif.1.endif.endif.endif"
k.done.if.endif.endif.end...endif.1.endif.endif.endif:
  %".479" = add i64 %".8", 15
  %".480" = mul i64 %".479", %"ldat"
  %".481" = getelementptr inbounds float, ptr %".107", i64 %".480"
  %".482" = icmp slt i64 15, %".274"
  br i1 %".482", label %"k.done.if.endif.endif.end...if.2", label %"k.done.if.endif.endif.end...endif.2"
k.done.if.endif.endif.end...if.2:
  store <16 x float> %".373", ptr %".481", align 64
  br label %"k.done.if.endif.endif.end...endif.2"
k.done.if.endif.endif.end...endif.2:
  br label %"k.done.endif"
}

define internal void @"gv_dot_f32.tile1"(ptr %"at", ptr %"w", ptr %"c", i64 %"kc", i64 %"ldat", i64 %"ldw", i64 %"ldc", i64 %"rows", i64 %"cols", i1 %"first")
{
entry:
  %"acc0_0" = alloca <16 x float>
  %"acc1_0" = alloca <16 x float>
  %"acc2_0" = alloca <16 x float>
  %"acc3_0" = alloca <16 x float>
  %"acc4_0" = alloca <16 x float>
  %"acc5_0" = alloca <16 x float>
  %"acc6_0" = alloca <16 x float>
  %"acc7_0" = alloca <16 x float>
  %"acc8_0" = alloca <16 x float>
  %"acc9_0" = alloca <16 x float>
  %"acc10_0" = alloca <16 x float>
  %"acc11_0" = alloca <16 x float>
  %"acc12_0" = alloca <16 x float>
  %"acc13_0" = alloca <16 x float>
  %"acc14_0" = alloca <16 x float>
  %"acc15_0" = alloca <16 x float>
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc0_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc1_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc2_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc3_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc4_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc5_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc6_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc7_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc8_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc9_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc10_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc11_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc12_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc13_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc14_0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc15_0"
  %".28" = sub i64 %"cols", 1
  %".29" = icmp slt i64 0, %".28"
  %".30" = select  i1 %".29", i64 0, i64 %".28"
  %".31" = mul i64 %".30", %"ldw"
  %".32" = getelementptr inbounds float, ptr %"w", i64 %".31"
  %".33" = sub i64 %"cols", 1
  %".34" = icmp slt i64 1, %".33"
  %".35" = select  i1 %".34", i64 1, i64 %".33"
  %".36" = mul i64 %".35", %"ldw"
  %".37" = getelementptr inbounds float, ptr %"w", i64 %".36"
  %".38" = sub i64 %"cols", 1
  %".39" = icmp slt i64 2, %".38"
  %".40" = select  i1 %".39", i64 2, i64 %".38"
  %".41" = mul i64 %".40", %"ldw"
  %".42" = getelementptr inbounds float, ptr %"w", i64 %".41"
  %".43" = sub i64 %"cols", 1
  %".44" = icmp slt i64 3, %".43"
  %".45" = select  i1 %".44", i64 3, i64 %".43"
  %".46" = mul i64 %".45", %"ldw"
  %".47" = getelementptr inbounds float, ptr %"w", i64 %".46"
  %".48" = sub i64 %"cols", 1
  %".49" = icmp slt i64 4, %".48"
  %".50" = select  i1 %".49", i64 4, i64 %".48"
  %".51" = mul i64 %".50", %"ldw"
  %".52" = getelementptr inbounds float, ptr %"w", i64 %".51"
  %".53" = sub i64 %"cols", 1
  %".54" = icmp slt i64 5, %".53"
  %".55" = select  i1 %".54", i64 5, i64 %".53"
  %".56" = mul i64 %".55", %"ldw"
  %".57" = getelementptr inbounds float, ptr %"w", i64 %".56"
  %".58" = sub i64 %"cols", 1
  %".59" = icmp slt i64 6, %".58"
  %".60" = select  i1 %".59", i64 6, i64 %".58"
  %".61" = mul i64 %".60", %"ldw"
  %".62" = getelementptr inbounds float, ptr %"w", i64 %".61"
  %".63" = sub i64 %"cols", 1
  %".64" = icmp slt i64 7, %".63"
  %".65" = select  i1 %".64", i64 7, i64 %".63"
  %".66" = mul i64 %".65", %"ldw"
  %".67" = getelementptr inbounds float, ptr %"w", i64 %".66"
  %".68" = sub i64 %"cols", 1
  %".69" = icmp slt i64 8, %".68"
  %".70" = select  i1 %".69", i64 8, i64 %".68"
  %".71" = mul i64 %".70", %"ldw"
  %".72" = getelementptr inbounds float, ptr %"w", i64 %".71"
  %".73" = sub i64 %"cols", 1
  %".74" = icmp slt i64 9, %".73"
  %".75" = select  i1 %".74", i64 9, i64 %".73"
  %".76" = mul i64 %".75", %"ldw"
  %".77" = getelementptr inbounds float, ptr %"w", i64 %".76"
  %".78" = sub i64 %"cols", 1
  %".79" = icmp slt i64 10, %".78"
  %".80" = select  i1 %".79", i64 10, i64 %".78"
  %".81" = mul i64 %".80", %"ldw"
  %".82" = getelementptr inbounds float, ptr %"w", i64 %".81"
  %".83" = sub i64 %"cols", 1
  %".84" = icmp slt i64 11, %".83"
  %".85" = select  i1 %".84", i64 11, i64 %".83"
  %".86" = mul i64 %".85", %"ldw"
  %".87" = getelementptr inbounds float, ptr %"w", i64 %".86"
  %".88" = sub i64 %"cols", 1
  %".89" = icmp slt i64 12, %".88"
  %".90" = select  i1 %".89", i64 12, i64 %".88"
  %".91" = mul i64 %".90", %"ldw"
  %".92" = getelementptr inbounds float, ptr %"w", i64 %".91"
  %".93" = sub i64 %"cols", 1
  %".94" = icmp slt i64 13, %".93"
  %".95" = select  i1 %".94", i64 13, i64 %".93"
  %".96" = mul i64 %".95", %"ldw"
  %".97" = getelementptr inbounds float, ptr %"w", i64 %".96"
  %".98" = sub i64 %"cols", 1
  %".99" = icmp slt i64 14, %".98"
  %".100" = select  i1 %".99", i64 14, i64 %".98"
  %".101" = mul i64 %".100", %"ldw"
  %".102" = getelementptr inbounds float, ptr %"w", i64 %".101"
  %".103" = sub i64 %"cols", 1
  %".104" = icmp slt i64 15, %".103"
  %".105" = select  i1 %".104", i64 15, i64 %".103"
  %".106" = mul i64 %".105", %"ldw"
  %".107" = getelementptr inbounds float, ptr %"w", i64 %".106"
  %".108" = icmp slt i64 0, %"kc"
  br i1 %".108", label %"k.body", label %"k.done"
k.body:
  %"k" = phi  i64 [0, %"entry"], [%"k.next", %"k.body"]
  %".110" = mul i64 %"k", %"ldat"
  %".111" = getelementptr inbounds float, ptr %"at", i64 %".110"
  %".112" = getelementptr inbounds float, ptr %".111", i64 0
  %".113" = load <16 x float>, ptr %".112", align 64
  %".114" = getelementptr inbounds float, ptr %".32", i64 %"k"
  %".115" = load float, ptr %".114"
  %".116" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".115", i32 0
  %".117" = shufflevector <16 x float> %".116", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".118" = load <16 x float>, <16 x float>* %"acc0_0"
  %".119" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".117", <16 x float> %".113", <16 x float> %".118")
  store <16 x float> %".119", <16 x float>* %"acc0_0"
  %".121" = getelementptr inbounds float, ptr %".37", i64 %"k"
  %".122" = load float, ptr %".121"
  %".123" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".122", i32 0
  %".124" = shufflevector <16 x float> %".123", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".125" = load <16 x float>, <16 x float>* %"acc1_0"
  %".126" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".124", <16 x float> %".113", <16 x float> %".125")
  store <16 x float> %".126", <16 x float>* %"acc1_0"
  %".128" = getelementptr inbounds float, ptr %".42", i64 %"k"
  %".129" = load float, ptr %".128"
  %".130" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".129", i32 0
  %".131" = shufflevector <16 x float> %".130", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".132" = load <16 x float>, <16 x float>* %"acc2_0"
  %".133" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".131", <16 x float> %".113", <16 x float> %".132")
  store <16 x float> %".133", <16 x float>* %"acc2_0"
  %".135" = getelementptr inbounds float, ptr %".47", i64 %"k"
  %".136" = load float, ptr %".135"
  %".137" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".136", i32 0
  %".138" = shufflevector <16 x float> %".137", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".139" = load <16 x float>, <16 x float>* %"acc3_0"
  %".140" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".138", <16 x float> %".113", <16 x float> %".139")
  store <16 x float> %".140", <16 x float>* %"acc3_0"
  %".142" = getelementptr inbounds float, ptr %".52", i64 %"k"
  %".143" = load float, ptr %".142"
  %".144" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".143", i32 0
  %".145" = shufflevector <16 x float> %".144", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".146" = load <16 x float>, <16 x float>* %"acc4_0"
  %".147" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".145", <16 x float> %".113", <16 x float> %".146")
  store <16 x float> %".147", <16 x float>* %"acc4_0"
  %".149" = getelementptr inbounds float, ptr %".57", i64 %"k"
  %".150" = load float, ptr %".149"
  %".151" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".150", i32 0
  %".152" = shufflevector <16 x float> %".151", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".153" = load <16 x float>, <16 x float>* %"acc5_0"
  %".154" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".152", <16 x float> %".113", <16 x float> %".153")
  store <16 x float> %".154", <16 x float>* %"acc5_0"
  %".156" = getelementptr inbounds float, ptr %".62", i64 %"k"
  %".157" = load float, ptr %".156"
  %".158" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".157", i32 0
  %".159" = shufflevector <16 x float> %".158", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".160" = load <16 x float>, <16 x float>* %"acc6_0"
  %".161" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".159", <16 x float> %".113", <16 x float> %".160")
  store <16 x float> %".161", <16 x float>* %"acc6_0"
  %".163" = getelementptr inbounds float, ptr %".67", i64 %"k"
  %".164" = load float, ptr %".163"
  %".165" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".164", i32 0
  %".166" = shufflevector <16 x float> %".165", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".167" = load <16 x float>, <16 x float>* %"acc7_0"
  %".168" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".166", <16 x float> %".113", <16 x float> %".167")
  store <16 x float> %".168", <16 x float>* %"acc7_0"
  %".170" = getelementptr inbounds float, ptr %".72", i64 %"k"
  %".171" = load float, ptr %".170"
  %".172" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".171", i32 0
  %".173" = shufflevector <16 x float> %".172", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".174" = load <16 x float>, <16 x float>* %"acc8_0"
  %".175" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".173", <16 x float> %".113", <16 x float> %".174")
  store <16 x float> %".175", <16 x float>* %"acc8_0"
  %".177" = getelementptr inbounds float, ptr %".77", i64 %"k"
  %".178" = load float, ptr %".177"
  %".179" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".178", i32 0
  %".180" = shufflevector <16 x float> %".179", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".181" = load <16 x float>, <16 x float>* %"acc9_0"
  %".182" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".180", <16 x float> %".113", <16 x float> %".181")
  store <16 x float> %".182", <16 x float>* %"acc9_0"
  %".184" = getelementptr inbounds float, ptr %".82", i64 %"k"
  %".185" = load float, ptr %".184"
  %".186" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".185", i32 0
  %".187" = shufflevector <16 x float> %".186", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".188" = load <16 x float>, <16 x float>* %"acc10_0"
  %".189" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".187", <16 x float> %".113", <16 x float> %".188")
  store <16 x float> %".189", <16 x float>* %"acc10_0"
  %".191" = getelementptr inbounds float, ptr %".87", i64 %"k"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <16 x float> %".193", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = load <16 x float>, <16 x float>* %"acc11_0"
  %".196" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".194", <16 x float> %".113", <16 x float> %".195")
  store <16 x float> %".196", <16 x float>* %"acc11_0"
  %".198" = getelementptr inbounds float, ptr %".92", i64 %"k"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <16 x float> %".200", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = load <16 x float>, <16 x float>* %"acc12_0"
  %".203" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".201", <16 x float> %".113", <16 x float> %".202")
  store <16 x float> %".203", <16 x float>* %"acc12_0"
  %".205" = getelementptr inbounds float, ptr %".97", i64 %"k"
  %".206" = load float, ptr %".205"
  %".207" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <16 x float> %".207", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = load <16 x float>, <16 x float>* %"acc13_0"
  %".210" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".208", <16 x float> %".113", <16 x float> %".209")
  store <16 x float> %".210", <16 x float>* %"acc13_0"
  %".212" = getelementptr inbounds float, ptr %".102", i64 %"k"
  %".213" = load float, ptr %".212"
  %".214" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <16 x float> %".214", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = load <16 x float>, <16 x float>* %"acc14_0"
  %".217" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".215", <16 x float> %".113", <16 x float> %".216")
  store <16 x float> %".217", <16 x float>* %"acc14_0"
  %".219" = getelementptr inbounds float, ptr %".107", i64 %"k"
  %".220" = load float, ptr %".219"
  %".221" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".220", i32 0
  %".222" = shufflevector <16 x float> %".221", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".223" = load <16 x float>, <16 x float>* %"acc15_0"
  %".224" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".222", <16 x float> %".113", <16 x float> %".223")
  store <16 x float> %".224", <16 x float>* %"acc15_0"
  %"k.next" = add nsw i64 %"k", 1
  %".226" = icmp slt i64 %"k.next", %"kc"
  br i1 %".226", label %"k.body", label %"k.done"
k.done:
  %".228" = icmp sge i64 %"cols", 16
  %".229" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".230" = shufflevector <16 x i64> %".229", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".231" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".230"
  %".232" = load <16 x float>, <16 x float>* %"acc0_0"
  %".233" = load <16 x float>, <16 x float>* %"acc1_0"
  %".234" = load <16 x float>, <16 x float>* %"acc2_0"
  %".235" = load <16 x float>, <16 x float>* %"acc3_0"
  %".236" = load <16 x float>, <16 x float>* %"acc4_0"
  %".237" = load <16 x float>, <16 x float>* %"acc5_0"
  %".238" = load <16 x float>, <16 x float>* %"acc6_0"
  %".239" = load <16 x float>, <16 x float>* %"acc7_0"
  %".240" = load <16 x float>, <16 x float>* %"acc8_0"
  %".241" = load <16 x float>, <16 x float>* %"acc9_0"
  %".242" = load <16 x float>, <16 x float>* %"acc10_0"
  %".243" = load <16 x float>, <16 x float>* %"acc11_0"
  %".244" = load <16 x float>, <16 x float>* %"acc12_0"
  %".245" = load <16 x float>, <16 x float>* %"acc13_0"
  %".246" = load <16 x float>, <16 x float>* %"acc14_0"
  %".247" = load <16 x float>, <16 x float>* %"acc15_0"
  %".248" = shufflevector <16 x float> %".232", <16 x float> %".233", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".249" = shufflevector <16 x float> %".232", <16 x float> %".233", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".250" = shufflevector <16 x float> %".234", <16 x float> %".235", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".251" = shufflevector <16 x float> %".234", <16 x float> %".235", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".252" = shufflevector <16 x float> %".236", <16 x float> %".237", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".253" = shufflevector <16 x float> %".236", <16 x float> %".237", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".254" = shufflevector <16 x float> %".238", <16 x float> %".239", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".255" = shufflevector <16 x float> %".238", <16 x float> %".239", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".256" = shufflevector <16 x float> %".240", <16 x float> %".241", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".257" = shufflevector <16 x float> %".240", <16 x float> %".241", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".258" = shufflevector <16 x float> %".242", <16 x float> %".243", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".259" = shufflevector <16 x float> %".242", <16 x float> %".243", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".260" = shufflevector <16 x float> %".244", <16 x float> %".245", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".261" = shufflevector <16 x float> %".244", <16 x float> %".245", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".262" = shufflevector <16 x float> %".246", <16 x float> %".247", <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %".263" = shufflevector <16 x float> %".246", <16 x float> %".247", <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %".264" = shufflevector <16 x float> %".248", <16 x float> %".250", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".265" = shufflevector <16 x float> %".248", <16 x float> %".250", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".266" = shufflevector <16 x float> %".249", <16 x float> %".251", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".267" = shufflevector <16 x float> %".249", <16 x float> %".251", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".268" = shufflevector <16 x float> %".252", <16 x float> %".254", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".269" = shufflevector <16 x float> %".252", <16 x float> %".254", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".270" = shufflevector <16 x float> %".253", <16 x float> %".255", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".271" = shufflevector <16 x float> %".253", <16 x float> %".255", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".272" = shufflevector <16 x float> %".256", <16 x float> %".258", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".273" = shufflevector <16 x float> %".256", <16 x float> %".258", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".274" = shufflevector <16 x float> %".257", <16 x float> %".259", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".275" = shufflevector <16 x float> %".257", <16 x float> %".259", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".276" = shufflevector <16 x float> %".260", <16 x float> %".262", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".277" = shufflevector <16 x float> %".260", <16 x float> %".262", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".278" = shufflevector <16 x float> %".261", <16 x float> %".263", <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %".279" = shufflevector <16 x float> %".261", <16 x float> %".263", <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %".280" = shufflevector <16 x float> %".264", <16 x float> %".268", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".281" = shufflevector <16 x float> %".264", <16 x float> %".268", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".282" = shufflevector <16 x float> %".266", <16 x float> %".270", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".283" = shufflevector <16 x float> %".266", <16 x float> %".270", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".284" = shufflevector <16 x float> %".265", <16 x float> %".269", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".285" = shufflevector <16 x float> %".265", <16 x float> %".269", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".286" = shufflevector <16 x float> %".267", <16 x float> %".271", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".287" = shufflevector <16 x float> %".267", <16 x float> %".271", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".288" = shufflevector <16 x float> %".272", <16 x float> %".276", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".289" = shufflevector <16 x float> %".272", <16 x float> %".276", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".290" = shufflevector <16 x float> %".274", <16 x float> %".278", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".291" = shufflevector <16 x float> %".274", <16 x float> %".278", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".292" = shufflevector <16 x float> %".273", <16 x float> %".277", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".293" = shufflevector <16 x float> %".273", <16 x float> %".277", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".294" = shufflevector <16 x float> %".275", <16 x float> %".279", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %".295" = shufflevector <16 x float> %".275", <16 x float> %".279", <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %".296" = shufflevector <16 x float> %".280", <16 x float> %".288", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".297" = shufflevector <16 x float> %".280", <16 x float> %".288", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".298" = shufflevector <16 x float> %".282", <16 x float> %".290", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".299" = shufflevector <16 x float> %".282", <16 x float> %".290", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".300" = shufflevector <16 x float> %".284", <16 x float> %".292", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".301" = shufflevector <16 x float> %".284", <16 x float> %".292", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".302" = shufflevector <16 x float> %".286", <16 x float> %".294", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".303" = shufflevector <16 x float> %".286", <16 x float> %".294", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".304" = shufflevector <16 x float> %".281", <16 x float> %".289", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".305" = shufflevector <16 x float> %".281", <16 x float> %".289", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".306" = shufflevector <16 x float> %".283", <16 x float> %".291", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".307" = shufflevector <16 x float> %".283", <16 x float> %".291", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".308" = shufflevector <16 x float> %".285", <16 x float> %".293", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".309" = shufflevector <16 x float> %".285", <16 x float> %".293", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".310" = shufflevector <16 x float> %".287", <16 x float> %".295", <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %".311" = shufflevector <16 x float> %".287", <16 x float> %".295", <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %".312" = icmp slt i64 0, %"rows"
  br i1 %".312", label %"k.done.if", label %"k.done.endif"
k.done.if:
  %".314" = mul i64 0, %"ldc"
  %".315" = getelementptr inbounds float, ptr %"c", i64 %".314"
  br i1 %".228", label %"k.done.if.if", label %"k.done.if.else"
k.done.endif:
  %".328" = icmp slt i64 1, %"rows"
  br i1 %".328", label %"k.done.endif.if", label %"k.done.endif.endif"
k.done.if.if:
  %".317" = load <16 x float>, ptr %".315", align 4
  %".318" = fadd <16 x float> %".317", %".296"
  %".319" = select  i1 %"first", <16 x float> %".296", <16 x float> %".318"
  store <16 x float> %".319", ptr %".315", align 4
  br label %"k.done.if.endif"
k.done.if.else:
  %".322" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".315", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".323" = fadd <16 x float> %".322", %".296"
  %".324" = select  i1 %"first", <16 x float> %".296", <16 x float> %".323"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".324", ptr %".315", i32 4, <16 x i1> %".231")
  br label %"k.done.if.endif"
k.done.if.endif:
  br label %"k.done.endif"
k.done.endif.if:
  %".330" = mul i64 1, %"ldc"
  %".331" = getelementptr inbounds float, ptr %"c", i64 %".330"
  br i1 %".228", label %"k.done.endif.if.if", label %"k.done.endif.if.else"
k.done.endif.endif:
  %".344" = icmp slt i64 2, %"rows"
  br i1 %".344", label %"k.done.endif.endif.if", label %"k.done.endif.endif.endif"
k.done.endif.if.if:
  %".333" = load <16 x float>, ptr %".331", align 4
  %".334" = fadd <16 x float> %".333", %".298"
  %".335" = select  i1 %"first", <16 x float> %".298", <16 x float> %".334"
  store <16 x float> %".335", ptr %".331", align 4
  br label %"k.done.endif.if.endif"
k.done.endif.if.else:
  %".338" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".331", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".339" = fadd <16 x float> %".338", %".298"
  %".340" = select  i1 %"first", <16 x float> %".298", <16 x float> %".339"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".340", ptr %".331", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.if.endif"
k.done.endif.if.endif:
  br label %"k.done.endif.endif"
k.done.endif.endif.if:
  %".346" = mul i64 2, %"ldc"
  %".347" = getelementptr inbounds float, ptr %"c", i64 %".346"
  br i1 %".228", label %"k.done.endif.endif.if.if", label %"k.done.endif.endif.if.else"
k.done.endif.endif.endif:
  %".360" = icmp slt i64 3, %"rows"
  br i1 %".360", label %"k.done.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif"
k.done.endif.endif.if.if:
  %".349" = load <16 x float>, ptr %".347", align 4
  %".350" = fadd <16 x float> %".349", %".300"
  %".351" = select  i1 %"first", <16 x float> %".300", <16 x float> %".350"
  store <16 x float> %".351", ptr %".347", align 4
  br label %"k.done.endif.endif.if.endif"
k.done.endif.endif.if.else:
  %".354" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".347", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".355" = fadd <16 x float> %".354", %".300"
  %".356" = select  i1 %"first", <16 x float> %".300", <16 x float> %".355"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".356", ptr %".347", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.if.endif"
k.done.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif"
k.done.endif.endif.endif.if:
  %".362" = mul i64 3, %"ldc"
  %".363" = getelementptr inbounds float, ptr %"c", i64 %".362"
  br i1 %".228", label %"k.done.endif.endif.endif.if.if", label %"k.done.endif.endif.endif.if.else"
k.done.endif.endif.endif.endif:
  %".376" = icmp slt i64 4, %"rows"
  br i1 %".376", label %"k.done.endif.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.if.if:
  %".365" = load <16 x float>, ptr %".363", align 4
  %".366" = fadd <16 x float> %".365", %".302"
  %".367" = select  i1 %"first", <16 x float> %".302", <16 x float> %".366"
  store <16 x float> %".367", ptr %".363", align 4
  br label %"k.done.endif.endif.endif.if.endif"
k.done.endif.endif.endif.if.else:
  %".370" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".363", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".371" = fadd <16 x float> %".370", %".302"
  %".372" = select  i1 %"first", <16 x float> %".302", <16 x float> %".371"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".372", ptr %".363", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif.if.endif"
k.done.endif.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.if:
  %".378" = mul i64 4, %"ldc"
  %".379" = getelementptr inbounds float, ptr %"c", i64 %".378"
  br i1 %".228", label %"k.done.endif.endif.endif.endif.if.if", label %"k.done.endif.endif.endif.endif.if.else"
k.done.endif.endif.endif.endif.endif:
  %".392" = icmp slt i64 5, %"rows"
  br i1 %".392", label %"k.done.endif.endif.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.if.if:
  %".381" = load <16 x float>, ptr %".379", align 4
  %".382" = fadd <16 x float> %".381", %".304"
  %".383" = select  i1 %"first", <16 x float> %".304", <16 x float> %".382"
  store <16 x float> %".383", ptr %".379", align 4
  br label %"k.done.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.if.else:
  %".386" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".379", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".387" = fadd <16 x float> %".386", %".304"
  %".388" = select  i1 %"first", <16 x float> %".304", <16 x float> %".387"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".388", ptr %".379", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.if:
  %".394" = mul i64 5, %"ldc"
  %".395" = getelementptr inbounds float, ptr %"c", i64 %".394"
  br i1 %".228", label %"k.done.endif.endif.endif.endif.endif.if.if", label %"k.done.endif.endif.endif.endif.endif.if.else"
k.done.endif.endif.endif.endif.endif.endif:
  %".408" = icmp slt i64 6, %"rows"
  br i1 %".408", label %"k.done.endif.endif.endif.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.if.if:
  %".397" = load <16 x float>, ptr %".395", align 4
  %".398" = fadd <16 x float> %".397", %".306"
  %".399" = select  i1 %"first", <16 x float> %".306", <16 x float> %".398"
  store <16 x float> %".399", ptr %".395", align 4
  br label %"k.done.endif.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.endif.if.else:
  %".402" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".395", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".403" = fadd <16 x float> %".402", %".306"
  %".404" = select  i1 %"first", <16 x float> %".306", <16 x float> %".403"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".404", ptr %".395", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.endif.if:
  %".410" = mul i64 6, %"ldc"
  %".411" = getelementptr inbounds float, ptr %"c", i64 %".410"
  br i1 %".228", label %"k.done.endif.endif.endif.endif.endif.endif.if.if", label %"k.done.endif.endif.endif.endif.endif.endif.if.else"
k.done.endif.endif.endif.endif.endif.endif.endif:
  %".424" = icmp slt i64 7, %"rows"
  br i1 %".424", label %"k.done.endif.endif.endif.endif.endif.endif.endif.if", label %"k.done.endif.endif.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.endif.if.if:
  %".413" = load <16 x float>, ptr %".411", align 4
  %".414" = fadd <16 x float> %".413", %".308"
  %".415" = select  i1 %"first", <16 x float> %".308", <16 x float> %".414"
  store <16 x float> %".415", ptr %".411", align 4
  br label %"k.done.endif.endif.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.endif.endif.if.else:
  %".418" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".411", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".419" = fadd <16 x float> %".418", %".308"
  %".420" = select  i1 %"first", <16 x float> %".308", <16 x float> %".419"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".420", ptr %".411", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif.endif.endif.endif.if.endif"
k.done.endif.endif.endif.endif.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif.endif.endif.endif.endif.if:
  %".426" = mul i64 7, %"ldc"
  %".427" = getelementptr inbounds float, ptr %"c", i64 %".426"
  br i1 %".228", label %"k.done.endif.endif.endif....if", label %"k.done.endif.endif.endif....else"
k.done.endif.endif.endif.endif.endif.endif.endif.endif:
  %".440" = icmp slt i64 8, %"rows"
  br i1 %".440", label %"k.done.endif.endif.endif....if.1", label %"k.done.endif.endif.endif....endif.1"
k.done.endif.endif.endif....if:
  %".429" = load <16 x float>, ptr %".427", align 4
  %".430" = fadd <16 x float> %".429", %".310"
  %".431" = select  i1 %"first", <16 x float> %".310", <16 x float> %".430"
  store <16 x float> %".431", ptr %".427", align 4
  br label %"k.done.endif.endif.endif....endif"
k.done.endif.endif.endif....else:
  %".434" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".427", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".435" = fadd <16 x float> %".434", %".310"
  %".436" = select  i1 %"first", <16 x float> %".310", <16 x float> %".435"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".436", ptr %".427", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....endif"
k.done.endif.endif.endif....endif:
  br label %"k.done.endif.endif.endif.endif.endif.endif.endif.endif"
k.done.endif.endif.endif....if.1:
  %".442" = mul i64 8, %"ldc"
  %".443" = getelementptr inbounds float, ptr %"c", i64 %".442"
  br i1 %".228", label %"k.done.endif.endif.endif....if.1.if", label %"k.done.endif.endif.endif....if.1.else"
k.done.endif.endif.endif....endif.1:
  %".456" = icmp slt i64 9, %"rows"
  br i1 %".456", label %"k.done.endif.endif.endif....endif.1.if", label %"k.done.endif.endif.endif....endif.1.endif"
k.done.endif.endif.endif....if.1.if:
  %".445" = load <16 x float>, ptr %".443", align 4
  %".446" = fadd <16 x float> %".445", %".297"
  %".447" = select  i1 %"first", <16 x float> %".297", <16 x float> %".446"
  store <16 x float> %".447", ptr %".443", align 4
  br label %"k.done.endif.endif.endif....if.1.endif"
k.done.endif.endif.endif....if.1.else:
  %".450" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".443", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".451" = fadd <16 x float> %".450", %".297"
  %".452" = select  i1 %"first", <16 x float> %".297", <16 x float> %".451"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".452", ptr %".443", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....if.1.endif"
k.done.endif.endif.endif....if.1.endif:
  br label %"k.done.endif.endif.endif....endif.1"
k.done.endif.endif.endif....endif.1.if:
  %".458" = mul i64 9, %"ldc"
  %".459" = getelementptr inbounds float, ptr %"c", i64 %".458"
  br i1 %".228", label %"k.done.endif.endif.endif....endif.1.if.if", label %"k.done.endif.endif.endif....endif.1.if.else"
k.done.endif.endif.endif....endif.1.endif:
  %".472" = icmp slt i64 10, %"rows"
  br i1 %".472", label %"k.done.endif.endif.endif....endif.1.endif.if", label %"k.done.endif.endif.endif....endif.1.endif.endif"
k.done.endif.endif.endif....endif.1.if.if:
  %".461" = load <16 x float>, ptr %".459", align 4
  %".462" = fadd <16 x float> %".461", %".299"
  %".463" = select  i1 %"first", <16 x float> %".299", <16 x float> %".462"
  store <16 x float> %".463", ptr %".459", align 4
  br label %"k.done.endif.endif.endif....endif.1.if.endif"
k.done.endif.endif.endif....endif.1.if.else:
  %".466" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".459", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".467" = fadd <16 x float> %".466", %".299"
  %".468" = select  i1 %"first", <16 x float> %".299", <16 x float> %".467"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".468", ptr %".459", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....endif.1.if.endif"
k.done.endif.endif.endif....endif.1.if.endif:
  br label %"k.done.endif.endif.endif....endif.1.endif"
k.done.endif.endif.endif....endif.1.endif.if:
  %".474" = mul i64 10, %"ldc"
  %".475" = getelementptr inbounds float, ptr %"c", i64 %".474"
  br i1 %".228", label %"k.done.endif.endif.endif....endif.1.endif.if.if", label %"k.done.endif.endif.endif....endif.1.endif.if.else"
k.done.endif.endif.endif....endif.1.endif.endif:
  %".488" = icmp slt i64 11, %"rows"
  br i1 %".488", label %"k.done.endif.endif.endif....endif.1.endif.endif.if", label %"k.done.endif.endif.endif....endif.1.endif.endif.endif"
k.done.endif.endif.endif....endif.1.endif.if.if:
  %".477" = load <16 x float>, ptr %".475", align 4
  %".478" = fadd <16 x float> %".477", %".301"
  %".479" = select  i1 %"first", <16 x float> %".301", <16 x float> %".478"
  store <16 x float> %".479", ptr %".475", align 4
  br label %"k.done.endif.endif.endif....endif.1.endif.if.endif"
k.done.endif.endif.endif....endif.1.endif.if.else:
  %".482" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".475", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".483" = fadd <16 x float> %".482", %".301"
  %".484" = select  i1 %"first", <16 x float> %".301", <16 x float> %".483"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".484", ptr %".475", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....endif.1.endif.if.endif"
k.done.endif.endif.endif....endif.1.endif.if.endif:
  br label %"k.done.endif.endif.endif....endif.1.endif.endif"
k.done.endif.endif.endif....endif.1.endif.endif.if:
  %".490" = mul i64 11, %"ldc"
  %".491" = getelementptr inbounds float, ptr %"c", i64 %".490"
  br i1 %".228", label %"k.done.endif.endif.endif....endif.1.endif.endif.if.if", label %"k.done.endif.endif.endif....endif.1.endif.endif.if.else"
k.done.endif.endif.endif....endif.1.endif.endif.endif:
  %".504" = icmp slt i64 12, %"rows"
  br i1 %".504", label %"k.done.endif.endif.endif....if.2", label %"k.done.endif.endif.endif....endif.2"
k.done.endif.endif.endif....endif.1.endif.endif.if.if:
  %".493" = load <16 x float>, ptr %".491", align 4
  %".494" = fadd <16 x float> %".493", %".303"
  %".495" = select  i1 %"first", <16 x float> %".303", <16 x float> %".494"
  store <16 x float> %".495", ptr %".491", align 4
  br label %"k.done.endif.endif.endif....endif.1.endif.endif.if.endif"
k.done.endif.endif.endif....endif.1.endif.endif.if.else:
  %".498" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".491", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".499" = fadd <16 x float> %".498", %".303"
  %".500" = select  i1 %"first", <16 x float> %".303", <16 x float> %".499"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".500", ptr %".491", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....endif.1.endif.endif.if.endif"
k.done.endif.endif.endif....endif.1.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif....endif.1.endif.endif.endif"
k.done.endif.endif.endif....if.2:
  %".506" = mul i64 12, %"ldc"
  %".507" = getelementptr inbounds float, ptr %"c", i64 %".506"
  br i1 %".228", label %"k.done.endif.endif.endif....if.2.if", label %"k.done.endif.endif.endif....if.2.else"
k.done.endif.endif.endif....endif.2:
  %".520" = icmp slt i64 13, %"rows"
  br i1 %".520", label %"k.done.endif.endif.endif....endif.2.if", label %"k.done.endif.endif.endif....endif.2.endif"
k.done.endif.endif.endif....if.2.if:
  %".509" = load <16 x float>, ptr %".507", align 4
  %".510" = fadd <16 x float> %".509", %".305"
  %".511" = select  i1 %"first", <16 x float> %".305", <16 x float> %".510"
  store <16 x float> %".511", ptr %".507", align 4
  br label %"k.done.endif.endif.endif....if.2.endif"
k.done.endif.endif.endif....if.2.else:
  %".514" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".507", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".515" = fadd <16 x float> %".514", %".305"
  %".516" = select  i1 %"first", <16 x float> %".305", <16 x float> %".515"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".516", ptr %".507", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....if.2.endif"
k.done.endif.endif.endif....if.2.endif:
  br label %"k.done.endif.endif.endif....endif.2"
k.done.endif.endif.endif....endif.2.if:
  %".522" = mul i64 13, %"ldc"
  %".523" = getelementptr inbounds float, ptr %"c", i64 %".522"
  br i1 %".228", label %"k.done.endif.endif.endif....endif.2.if.if", label %"k.done.endif.endif.endif....endif.2.if.else"
k.done.endif.endif.endif....endif.2.endif:
  %".536" = icmp slt i64 14, %"rows"
  br i1 %".536", label %"k.done.endif.endif.endif....endif.2.endif.if", label %"k.done.endif.endif.endif....endif.2.endif.endif"
k.done.endif.endif.endif....endif.2.if.if:
  %".525" = load <16 x float>, ptr %".523", align 4
  %".526" = fadd <16 x float> %".525", %".307"
  %".527" = select  i1 %"first", <16 x float> %".307", <16 x float> %".526"
  store <16 x float> %".527", ptr %".523", align 4
  br label %"k.done.endif.endif.endif....endif.2.if.endif"
k.done.endif.endif.endif....endif.2.if.else:
  %".530" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".523", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".531" = fadd <16 x float> %".530", %".307"
  %".532" = select  i1 %"first", <16 x float> %".307", <16 x float> %".531"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".532", ptr %".523", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....endif.2.if.endif"
k.done.endif.endif.endif....endif.2.if.endif:
  br label %"k.done.endif.endif.endif....endif.2.endif"
k.done.endif.endif.endif....endif.2.endif.if:
  %".538" = mul i64 14, %"ldc"
  %".539" = getelementptr inbounds float, ptr %"c", i64 %".538"
  br i1 %".228", label %"k.done.endif.endif.endif....endif.2.endif.if.if", label %"k.done.endif.endif.endif....endif.2.endif.if.else"
k.done.endif.endif.endif....endif.2.endif.endif:
  %".552" = icmp slt i64 15, %"rows"
  br i1 %".552", label %"k.done.endif.endif.endif....endif.2.endif.endif.if", label %"k.done.endif.endif.endif....endif.2.endif.endif.endif"
k.done.endif.endif.endif....endif.2.endif.if.if:
  %".541" = load <16 x float>, ptr %".539", align 4
  %".542" = fadd <16 x float> %".541", %".309"
  %".543" = select  i1 %"first", <16 x float> %".309", <16 x float> %".542"
  store <16 x float> %".543", ptr %".539", align 4
  br label %"k.done.endif.endif.endif....endif.2.endif.if.endif"
k.done.endif.endif.endif....endif.2.endif.if.else:
  %".546" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".539", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".547" = fadd <16 x float> %".546", %".309"
  %".548" = select  i1 %"first", <16 x float> %".309", <16 x float> %".547"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".548", ptr %".539", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....endif.2.endif.if.endif"
k.done.endif.endif.endif....endif.2.endif.if.endif:
  br label %"k.done.endif.endif.endif....endif.2.endif.endif"
k.done.endif.endif.endif....endif.2.endif.endif.if:
  %".554" = mul i64 15, %"ldc"
  %".555" = getelementptr inbounds float, ptr %"c", i64 %".554"
  br i1 %".228", label %"k.done.endif.endif.endif....endif.2.endif.endif.if.if", label %"k.done.endif.endif.endif....endif.2.endif.endif.if.else"
k.done.endif.endif.endif....endif.2.endif.endif.endif:
  ret void
k.done.endif.endif.endif....endif.2.endif.endif.if.if:
  %".557" = load <16 x float>, ptr %".555", align 4
  %".558" = fadd <16 x float> %".557", %".311"
  %".559" = select  i1 %"first", <16 x float> %".311", <16 x float> %".558"
  store <16 x float> %".559", ptr %".555", align 4
  br label %"k.done.endif.endif.endif....endif.2.endif.endif.if.endif"
k.done.endif.endif.endif....endif.2.endif.endif.if.else:
  %".562" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".555", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".563" = fadd <16 x float> %".562", %".311"
  %".564" = select  i1 %"first", <16 x float> %".311", <16 x float> %".563"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".564", ptr %".555", i32 4, <16 x i1> %".231")
  br label %"k.done.endif.endif.endif....endif.2.endif.endif.if.endif"
k.done.endif.endif.endif....endif.2.endif.endif.if.endif:
  br label %"k.done.endif.endif.endif....endif.2.endif.endif.endif"
}

define internal void @"gv_rows_f32.tile1"(ptr %"a", ptr %"p", ptr %"c", i64 %"kc", i64 %"lda", i64 %"ldc", i64 %"cols", i1 %"first")
{
entry:
  %"acc0" = alloca <16 x float>
  %"acc1" = alloca <16 x float>
  %"acc2" = alloca <16 x float>
  %"acc3" = alloca <16 x float>
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc1"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc2"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc3"
  %".14" = mul i64 0, %"lda"
  %".15" = getelementptr inbounds float, ptr %"a", i64 %".14"
  %".16" = icmp slt i64 0, %"kc"
  br i1 %".16", label %"k.body", label %"k.done"
k.body:
  %"k" = phi  i64 [0, %"entry"], [%"k.next", %"k.body"]
  %".18" = mul i64 %"k", 64
  %".19" = getelementptr inbounds float, ptr %"p", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %".19", i64 0
  %".21" = load <16 x float>, ptr %".20", align 64
  %".22" = getelementptr inbounds float, ptr %".19", i64 16
  %".23" = load <16 x float>, ptr %".22", align 64
  %".24" = getelementptr inbounds float, ptr %".19", i64 32
  %".25" = load <16 x float>, ptr %".24", align 64
  %".26" = getelementptr inbounds float, ptr %".19", i64 48
  %".27" = load <16 x float>, ptr %".26", align 64
  %".28" = getelementptr inbounds float, ptr %".15", i64 %"k"
  %".29" = load float, ptr %".28"
  %".30" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".29", i32 0
  %".31" = shufflevector <16 x float> %".30", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".32" = load <16 x float>, <16 x float>* %"acc0"
  %".33" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".31", <16 x float> %".21", <16 x float> %".32")
  store <16 x float> %".33", <16 x float>* %"acc0"
  %".35" = load <16 x float>, <16 x float>* %"acc1"
  %".36" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".31", <16 x float> %".23", <16 x float> %".35")
  store <16 x float> %".36", <16 x float>* %"acc1"
  %".38" = load <16 x float>, <16 x float>* %"acc2"
  %".39" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".31", <16 x float> %".25", <16 x float> %".38")
  store <16 x float> %".39", <16 x float>* %"acc2"
  %".41" = load <16 x float>, <16 x float>* %"acc3"
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".31", <16 x float> %".27", <16 x float> %".41")
  store <16 x float> %".42", <16 x float>* %"acc3"
  %"k.next" = add nsw i64 %"k", 1
  %".44" = icmp slt i64 %"k.next", %"kc"
  br i1 %".44", label %"k.body", label %"k.done"
k.done:
  %".46" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".47" = shufflevector <16 x i64> %".46", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = icmp sge i64 %"cols", 64
  br i1 %".48", label %"k.done.if", label %"k.done.else"
k.done.if:
  %".50" = mul i64 0, %"ldc"
  %".51" = add i64 %".50", 0
  %".52" = getelementptr inbounds float, ptr %"c", i64 %".51"
  %".53" = load <16 x float>, <16 x float>* %"acc0"
  %".54" = load <16 x float>, ptr %".52", align 4
  %".55" = fadd <16 x float> %".54", %".53"
  %".56" = select  i1 %"first", <16 x float> %".53", <16 x float> %".55"
  store <16 x float> %".56", ptr %".52", align 4
  %".58" = mul i64 0, %"ldc"
  %".59" = add i64 %".58", 16
  %".60" = getelementptr inbounds float, ptr %"c", i64 %".59"
  %".61" = load <16 x float>, <16 x float>* %"acc1"
  %".62" = load <16 x float>, ptr %".60", align 4
  %".63" = fadd <16 x float> %".62", %".61"
  %".64" = select  i1 %"first", <16 x float> %".61", <16 x float> %".63"
  store <16 x float> %".64", ptr %".60", align 4
  %".66" = mul i64 0, %"ldc"
  %".67" = add i64 %".66", 32
  %".68" = getelementptr inbounds float, ptr %"c", i64 %".67"
  %".69" = load <16 x float>, <16 x float>* %"acc2"
  %".70" = load <16 x float>, ptr %".68", align 4
  %".71" = fadd <16 x float> %".70", %".69"
  %".72" = select  i1 %"first", <16 x float> %".69", <16 x float> %".71"
  store <16 x float> %".72", ptr %".68", align 4
  %".74" = mul i64 0, %"ldc"
  %".75" = add i64 %".74", 48
  %".76" = getelementptr inbounds float, ptr %"c", i64 %".75"
  %".77" = load <16 x float>, <16 x float>* %"acc3"
  %".78" = load <16 x float>, ptr %".76", align 4
  %".79" = fadd <16 x float> %".78", %".77"
  %".80" = select  i1 %"first", <16 x float> %".77", <16 x float> %".79"
  store <16 x float> %".80", ptr %".76", align 4
  br label %"k.done.endif"
k.done.else:
  %".83" = mul i64 0, %"ldc"
  %".84" = add i64 %".83", 0
  %".85" = getelementptr inbounds float, ptr %"c", i64 %".84"
  %".86" = load <16 x float>, <16 x float>* %"acc0"
  %".87" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".47"
  %".88" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".85", i32 4, <16 x i1> %".87", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".89" = fadd <16 x float> %".88", %".86"
  %".90" = select  i1 %"first", <16 x float> %".86", <16 x float> %".89"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".90", ptr %".85", i32 4, <16 x i1> %".87")
  %".92" = mul i64 0, %"ldc"
  %".93" = add i64 %".92", 16
  %".94" = getelementptr inbounds float, ptr %"c", i64 %".93"
  %".95" = load <16 x float>, <16 x float>* %"acc1"
  %".96" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".47"
  %".97" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".94", i32 4, <16 x i1> %".96", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".98" = fadd <16 x float> %".97", %".95"
  %".99" = select  i1 %"first", <16 x float> %".95", <16 x float> %".98"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".99", ptr %".94", i32 4, <16 x i1> %".96")
  %".101" = mul i64 0, %"ldc"
  %".102" = add i64 %".101", 32
  %".103" = getelementptr inbounds float, ptr %"c", i64 %".102"
  %".104" = load <16 x float>, <16 x float>* %"acc2"
  %".105" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".47"
  %".106" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".103", i32 4, <16 x i1> %".105", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".107" = fadd <16 x float> %".106", %".104"
  %".108" = select  i1 %"first", <16 x float> %".104", <16 x float> %".107"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".108", ptr %".103", i32 4, <16 x i1> %".105")
  %".110" = mul i64 0, %"ldc"
  %".111" = add i64 %".110", 48
  %".112" = getelementptr inbounds float, ptr %"c", i64 %".111"
  %".113" = load <16 x float>, <16 x float>* %"acc3"
  %".114" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".47"
  %".115" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".112", i32 4, <16 x i1> %".114", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".116" = fadd <16 x float> %".115", %".113"
  %".117" = select  i1 %"first", <16 x float> %".113", <16 x float> %".116"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".117", ptr %".112", i32 4, <16 x i1> %".114")
  br label %"k.done.endif"
k.done.endif:
  ret void
}

define internal void @"gv_rows_f32.tile2"(ptr %"a", ptr %"p", ptr %"c", i64 %"kc", i64 %"lda", i64 %"ldc", i64 %"cols", i1 %"first")
{
entry:
  %"acc0" = alloca <16 x float>
  %"acc1" = alloca <16 x float>
  %"acc2" = alloca <16 x float>
  %"acc3" = alloca <16 x float>
  %"acc4" = alloca <16 x float>
  %"acc5" = alloca <16 x float>
  %"acc6" = alloca <16 x float>
  %"acc7" = alloca <16 x float>
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc1"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc2"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc3"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc4"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc5"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc6"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc7"
  %".18" = mul i64 0, %"lda"
  %".19" = getelementptr inbounds float, ptr %"a", i64 %".18"
  %".20" = mul i64 1, %"lda"
  %".21" = getelementptr inbounds float, ptr %"a", i64 %".20"
  %".22" = icmp slt i64 0, %"kc"
  br i1 %".22", label %"k.body", label %"k.done"
k.body:
  %"k" = phi  i64 [0, %"entry"], [%"k.next", %"k.body"]
  %".24" = mul i64 %"k", 64
  %".25" = getelementptr inbounds float, ptr %"p", i64 %".24"
  %".26" = getelementptr inbounds float, ptr %".25", i64 0
  %".27" = load <16 x float>, ptr %".26", align 64
  %".28" = getelementptr inbounds float, ptr %".25", i64 16
  %".29" = load <16 x float>, ptr %".28", align 64
  %".30" = getelementptr inbounds float, ptr %".25", i64 32
  %".31" = load <16 x float>, ptr %".30", align 64
  %".32" = getelementptr inbounds float, ptr %".25", i64 48
  %".33" = load <16 x float>, ptr %".32", align 64
  %".34" = getelementptr inbounds float, ptr %".19", i64 %"k"
  %".35" = load float, ptr %".34"
  %".36" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".35", i32 0
  %".37" = shufflevector <16 x float> %".36", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".38" = load <16 x float>, <16 x float>* %"acc0"
  %".39" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".37", <16 x float> %".27", <16 x float> %".38")
  store <16 x float> %".39", <16 x float>* %"acc0"
  %".41" = load <16 x float>, <16 x float>* %"acc1"
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".37", <16 x float> %".29", <16 x float> %".41")
  store <16 x float> %".42", <16 x float>* %"acc1"
  %".44" = load <16 x float>, <16 x float>* %"acc2"
  %".45" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".37", <16 x float> %".31", <16 x float> %".44")
  store <16 x float> %".45", <16 x float>* %"acc2"
  %".47" = load <16 x float>, <16 x float>* %"acc3"
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".37", <16 x float> %".33", <16 x float> %".47")
  store <16 x float> %".48", <16 x float>* %"acc3"
  %".50" = getelementptr inbounds float, ptr %".21", i64 %"k"
  %".51" = load float, ptr %".50"
  %".52" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".51", i32 0
  %".53" = shufflevector <16 x float> %".52", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".54" = load <16 x float>, <16 x float>* %"acc4"
  %".55" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".53", <16 x float> %".27", <16 x float> %".54")
  store <16 x float> %".55", <16 x float>* %"acc4"
  %".57" = load <16 x float>, <16 x float>* %"acc5"
  %".58" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".53", <16 x float> %".29", <16 x float> %".57")
  store <16 x float> %".58", <16 x float>* %"acc5"
  %".60" = load <16 x float>, <16 x float>* %"acc6"
  %".61" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".53", <16 x float> %".31", <16 x float> %".60")
  store <16 x float> %".61", <16 x float>* %"acc6"
  %".63" = load <16 x float>, <16 x float>* %"acc7"
  %".64" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".53", <16 x float> %".33", <16 x float> %".63")
  store <16 x float> %".64", <16 x float>* %"acc7"
  %"k.next" = add nsw i64 %"k", 1
  %".66" = icmp slt i64 %"k.next", %"kc"
  br i1 %".66", label %"k.body", label %"k.done"
k.done:
  %".68" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".69" = shufflevector <16 x i64> %".68", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".70" = icmp sge i64 %"cols", 64
  br i1 %".70", label %"k.done.if", label %"k.done.else"
k.done.if:
  %".72" = mul i64 0, %"ldc"
  %".73" = add i64 %".72", 0
  %".74" = getelementptr inbounds float, ptr %"c", i64 %".73"
  %".75" = load <16 x float>, <16 x float>* %"acc0"
  %".76" = load <16 x float>, ptr %".74", align 4
  %".77" = fadd <16 x float> %".76", %".75"
  %".78" = select  i1 %"first", <16 x float> %".75", <16 x float> %".77"
  store <16 x float> %".78", ptr %".74", align 4
  %".80" = mul i64 0, %"ldc"
  %".81" = add i64 %".80", 16
  %".82" = getelementptr inbounds float, ptr %"c", i64 %".81"
  %".83" = load <16 x float>, <16 x float>* %"acc1"
  %".84" = load <16 x float>, ptr %".82", align 4
  %".85" = fadd <16 x float> %".84", %".83"
  %".86" = select  i1 %"first", <16 x float> %".83", <16 x float> %".85"
  store <16 x float> %".86", ptr %".82", align 4
  %".88" = mul i64 0, %"ldc"
  %".89" = add i64 %".88", 32
  %".90" = getelementptr inbounds float, ptr %"c", i64 %".89"
  %".91" = load <16 x float>, <16 x float>* %"acc2"
  %".92" = load <16 x float>, ptr %".90", align 4
  %".93" = fadd <16 x float> %".92", %".91"
  %".94" = select  i1 %"first", <16 x float> %".91", <16 x float> %".93"
  store <16 x float> %".94", ptr %".90", align 4
  %".96" = mul i64 0, %"ldc"
  %".97" = add i64 %".96", 48
  %".98" = getelementptr inbounds float, ptr %"c", i64 %".97"
  %".99" = load <16 x float>, <16 x float>* %"acc3"
  %".100" = load <16 x float>, ptr %".98", align 4
  %".101" = fadd <16 x float> %".100", %".99"
  %".102" = select  i1 %"first", <16 x float> %".99", <16 x float> %".101"
  store <16 x float> %".102", ptr %".98", align 4
  %".104" = mul i64 1, %"ldc"
  %".105" = add i64 %".104", 0
  %".106" = getelementptr inbounds float, ptr %"c", i64 %".105"
  %".107" = load <16 x float>, <16 x float>* %"acc4"
  %".108" = load <16 x float>, ptr %".106", align 4
  %".109" = fadd <16 x float> %".108", %".107"
  %".110" = select  i1 %"first", <16 x float> %".107", <16 x float> %".109"
  store <16 x float> %".110", ptr %".106", align 4
  %".112" = mul i64 1, %"ldc"
  %".113" = add i64 %".112", 16
  %".114" = getelementptr inbounds float, ptr %"c", i64 %".113"
  %".115" = load <16 x float>, <16 x float>* %"acc5"
  %".116" = load <16 x float>, ptr %".114", align 4
  %".117" = fadd <16 x float> %".116", %".115"
  %".118" = select  i1 %"first", <16 x float> %".115", <16 x float> %".117"
  store <16 x float> %".118", ptr %".114", align 4
  %".120" = mul i64 1, %"ldc"
  %".121" = add i64 %".120", 32
  %".122" = getelementptr inbounds float, ptr %"c", i64 %".121"
  %".123" = load <16 x float>, <16 x float>* %"acc6"
  %".124" = load <16 x float>, ptr %".122", align 4
  %".125" = fadd <16 x float> %".124", %".123"
  %".126" = select  i1 %"first", <16 x float> %".123", <16 x float> %".125"
  store <16 x float> %".126", ptr %".122", align 4
  %".128" = mul i64 1, %"ldc"
  %".129" = add i64 %".128", 48
  %".130" = getelementptr inbounds float, ptr %"c", i64 %".129"
  %".131" = load <16 x float>, <16 x float>* %"acc7"
  %".132" = load <16 x float>, ptr %".130", align 4
  %".133" = fadd <16 x float> %".132", %".131"
  %".134" = select  i1 %"first", <16 x float> %".131", <16 x float> %".133"
  store <16 x float> %".134", ptr %".130", align 4
  br label %"k.done.endif"
k.done.else:
  %".137" = mul i64 0, %"ldc"
  %".138" = add i64 %".137", 0
  %".139" = getelementptr inbounds float, ptr %"c", i64 %".138"
  %".140" = load <16 x float>, <16 x float>* %"acc0"
  %".141" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".69"
  %".142" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".139", i32 4, <16 x i1> %".141", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".143" = fadd <16 x float> %".142", %".140"
  %".144" = select  i1 %"first", <16 x float> %".140", <16 x float> %".143"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".144", ptr %".139", i32 4, <16 x i1> %".141")
  %".146" = mul i64 0, %"ldc"
  %".147" = add i64 %".146", 16
  %".148" = getelementptr inbounds float, ptr %"c", i64 %".147"
  %".149" = load <16 x float>, <16 x float>* %"acc1"
  %".150" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".69"
  %".151" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".148", i32 4, <16 x i1> %".150", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".152" = fadd <16 x float> %".151", %".149"
  %".153" = select  i1 %"first", <16 x float> %".149", <16 x float> %".152"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".153", ptr %".148", i32 4, <16 x i1> %".150")
  %".155" = mul i64 0, %"ldc"
  %".156" = add i64 %".155", 32
  %".157" = getelementptr inbounds float, ptr %"c", i64 %".156"
  %".158" = load <16 x float>, <16 x float>* %"acc2"
  %".159" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".69"
  %".160" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".157", i32 4, <16 x i1> %".159", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".161" = fadd <16 x float> %".160", %".158"
  %".162" = select  i1 %"first", <16 x float> %".158", <16 x float> %".161"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".162", ptr %".157", i32 4, <16 x i1> %".159")
  %".164" = mul i64 0, %"ldc"
  %".165" = add i64 %".164", 48
  %".166" = getelementptr inbounds float, ptr %"c", i64 %".165"
  %".167" = load <16 x float>, <16 x float>* %"acc3"
  %".168" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".69"
  %".169" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".166", i32 4, <16 x i1> %".168", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".170" = fadd <16 x float> %".169", %".167"
  %".171" = select  i1 %"first", <16 x float> %".167", <16 x float> %".170"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".171", ptr %".166", i32 4, <16 x i1> %".168")
  %".173" = mul i64 1, %"ldc"
  %".174" = add i64 %".173", 0
  %".175" = getelementptr inbounds float, ptr %"c", i64 %".174"
  %".176" = load <16 x float>, <16 x float>* %"acc4"
  %".177" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".69"
  %".178" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".175", i32 4, <16 x i1> %".177", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".179" = fadd <16 x float> %".178", %".176"
  %".180" = select  i1 %"first", <16 x float> %".176", <16 x float> %".179"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".180", ptr %".175", i32 4, <16 x i1> %".177")
  %".182" = mul i64 1, %"ldc"
  %".183" = add i64 %".182", 16
  %".184" = getelementptr inbounds float, ptr %"c", i64 %".183"
  %".185" = load <16 x float>, <16 x float>* %"acc5"
  %".186" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".69"
  %".187" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".184", i32 4, <16 x i1> %".186", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".188" = fadd <16 x float> %".187", %".185"
  %".189" = select  i1 %"first", <16 x float> %".185", <16 x float> %".188"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".189", ptr %".184", i32 4, <16 x i1> %".186")
  %".191" = mul i64 1, %"ldc"
  %".192" = add i64 %".191", 32
  %".193" = getelementptr inbounds float, ptr %"c", i64 %".192"
  %".194" = load <16 x float>, <16 x float>* %"acc6"
  %".195" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".69"
  %".196" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".193", i32 4, <16 x i1> %".195", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".197" = fadd <16 x float> %".196", %".194"
  %".198" = select  i1 %"first", <16 x float> %".194", <16 x float> %".197"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".198", ptr %".193", i32 4, <16 x i1> %".195")
  %".200" = mul i64 1, %"ldc"
  %".201" = add i64 %".200", 48
  %".202" = getelementptr inbounds float, ptr %"c", i64 %".201"
  %".203" = load <16 x float>, <16 x float>* %"acc7"
  %".204" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".69"
  %".205" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".202", i32 4, <16 x i1> %".204", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".206" = fadd <16 x float> %".205", %".203"
  %".207" = select  i1 %"first", <16 x float> %".203", <16 x float> %".206"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".207", ptr %".202", i32 4, <16 x i1> %".204")
  br label %"k.done.endif"
k.done.endif:
  ret void
}

define internal void @"gv_rows_f32.tile3"(ptr %"a", ptr %"p", ptr %"c", i64 %"kc", i64 %"lda", i64 %"ldc", i64 %"cols", i1 %"first")
{
entry:
  %"acc0" = alloca <16 x float>
  %"acc1" = alloca <16 x float>
  %"acc2" = alloca <16 x float>
  %"acc3" = alloca <16 x float>
  %"acc4" = alloca <16 x float>
  %"acc5" = alloca <16 x float>
  %"acc6" = alloca <16 x float>
  %"acc7" = alloca <16 x float>
  %"acc8" = alloca <16 x float>
  %"acc9" = alloca <16 x float>
  %"acc10" = alloca <16 x float>
  %"acc11" = alloca <16 x float>
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc1"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc2"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc3"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc4"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc5"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc6"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc7"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc8"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc9"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc10"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc11"
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
  %".30" = mul i64 %"k", 64
  %".31" = getelementptr inbounds float, ptr %"p", i64 %".30"
  %".32" = getelementptr inbounds float, ptr %".31", i64 0
  %".33" = load <16 x float>, ptr %".32", align 64
  %".34" = getelementptr inbounds float, ptr %".31", i64 16
  %".35" = load <16 x float>, ptr %".34", align 64
  %".36" = getelementptr inbounds float, ptr %".31", i64 32
  %".37" = load <16 x float>, ptr %".36", align 64
  %".38" = getelementptr inbounds float, ptr %".31", i64 48
  %".39" = load <16 x float>, ptr %".38", align 64
  %".40" = getelementptr inbounds float, ptr %".23", i64 %"k"
  %".41" = load float, ptr %".40"
  %".42" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".41", i32 0
  %".43" = shufflevector <16 x float> %".42", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".44" = load <16 x float>, <16 x float>* %"acc0"
  %".45" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".43", <16 x float> %".33", <16 x float> %".44")
  store <16 x float> %".45", <16 x float>* %"acc0"
  %".47" = load <16 x float>, <16 x float>* %"acc1"
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".43", <16 x float> %".35", <16 x float> %".47")
  store <16 x float> %".48", <16 x float>* %"acc1"
  %".50" = load <16 x float>, <16 x float>* %"acc2"
  %".51" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".43", <16 x float> %".37", <16 x float> %".50")
  store <16 x float> %".51", <16 x float>* %"acc2"
  %".53" = load <16 x float>, <16 x float>* %"acc3"
  %".54" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".43", <16 x float> %".39", <16 x float> %".53")
  store <16 x float> %".54", <16 x float>* %"acc3"
  %".56" = getelementptr inbounds float, ptr %".25", i64 %"k"
  %".57" = load float, ptr %".56"
  %".58" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".57", i32 0
  %".59" = shufflevector <16 x float> %".58", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".60" = load <16 x float>, <16 x float>* %"acc4"
  %".61" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".59", <16 x float> %".33", <16 x float> %".60")
  store <16 x float> %".61", <16 x float>* %"acc4"
  %".63" = load <16 x float>, <16 x float>* %"acc5"
  %".64" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".59", <16 x float> %".35", <16 x float> %".63")
  store <16 x float> %".64", <16 x float>* %"acc5"
  %".66" = load <16 x float>, <16 x float>* %"acc6"
  %".67" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".59", <16 x float> %".37", <16 x float> %".66")
  store <16 x float> %".67", <16 x float>* %"acc6"
  %".69" = load <16 x float>, <16 x float>* %"acc7"
  %".70" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".59", <16 x float> %".39", <16 x float> %".69")
  store <16 x float> %".70", <16 x float>* %"acc7"
  %".72" = getelementptr inbounds float, ptr %".27", i64 %"k"
  %".73" = load float, ptr %".72"
  %".74" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <16 x float> %".74", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = load <16 x float>, <16 x float>* %"acc8"
  %".77" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".33", <16 x float> %".76")
  store <16 x float> %".77", <16 x float>* %"acc8"
  %".79" = load <16 x float>, <16 x float>* %"acc9"
  %".80" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".35", <16 x float> %".79")
  store <16 x float> %".80", <16 x float>* %"acc9"
  %".82" = load <16 x float>, <16 x float>* %"acc10"
  %".83" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".37", <16 x float> %".82")
  store <16 x float> %".83", <16 x float>* %"acc10"
  %".85" = load <16 x float>, <16 x float>* %"acc11"
  %".86" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".39", <16 x float> %".85")
  store <16 x float> %".86", <16 x float>* %"acc11"
  %"k.next" = add nsw i64 %"k", 1
  %".88" = icmp slt i64 %"k.next", %"kc"
  br i1 %".88", label %"k.body", label %"k.done"
k.done:
  %".90" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".91" = shufflevector <16 x i64> %".90", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = icmp sge i64 %"cols", 64
  br i1 %".92", label %"k.done.if", label %"k.done.else"
k.done.if:
  %".94" = mul i64 0, %"ldc"
  %".95" = add i64 %".94", 0
  %".96" = getelementptr inbounds float, ptr %"c", i64 %".95"
  %".97" = load <16 x float>, <16 x float>* %"acc0"
  %".98" = load <16 x float>, ptr %".96", align 4
  %".99" = fadd <16 x float> %".98", %".97"
  %".100" = select  i1 %"first", <16 x float> %".97", <16 x float> %".99"
  store <16 x float> %".100", ptr %".96", align 4
  %".102" = mul i64 0, %"ldc"
  %".103" = add i64 %".102", 16
  %".104" = getelementptr inbounds float, ptr %"c", i64 %".103"
  %".105" = load <16 x float>, <16 x float>* %"acc1"
  %".106" = load <16 x float>, ptr %".104", align 4
  %".107" = fadd <16 x float> %".106", %".105"
  %".108" = select  i1 %"first", <16 x float> %".105", <16 x float> %".107"
  store <16 x float> %".108", ptr %".104", align 4
  %".110" = mul i64 0, %"ldc"
  %".111" = add i64 %".110", 32
  %".112" = getelementptr inbounds float, ptr %"c", i64 %".111"
  %".113" = load <16 x float>, <16 x float>* %"acc2"
  %".114" = load <16 x float>, ptr %".112", align 4
  %".115" = fadd <16 x float> %".114", %".113"
  %".116" = select  i1 %"first", <16 x float> %".113", <16 x float> %".115"
  store <16 x float> %".116", ptr %".112", align 4
  %".118" = mul i64 0, %"ldc"
  %".119" = add i64 %".118", 48
  %".120" = getelementptr inbounds float, ptr %"c", i64 %".119"
  %".121" = load <16 x float>, <16 x float>* %"acc3"
  %".122" = load <16 x float>, ptr %".120", align 4
  %".123" = fadd <16 x float> %".122", %".121"
  %".124" = select  i1 %"first", <16 x float> %".121", <16 x float> %".123"
  store <16 x float> %".124", ptr %".120", align 4
  %".126" = mul i64 1, %"ldc"
  %".127" = add i64 %".126", 0
  %".128" = getelementptr inbounds float, ptr %"c", i64 %".127"
  %".129" = load <16 x float>, <16 x float>* %"acc4"
  %".130" = load <16 x float>, ptr %".128", align 4
  %".131" = fadd <16 x float> %".130", %".129"
  %".132" = select  i1 %"first", <16 x float> %".129", <16 x float> %".131"
  store <16 x float> %".132", ptr %".128", align 4
  %".134" = mul i64 1, %"ldc"
  %".135" = add i64 %".134", 16
  %".136" = getelementptr inbounds float, ptr %"c", i64 %".135"
  %".137" = load <16 x float>, <16 x float>* %"acc5"
  %".138" = load <16 x float>, ptr %".136", align 4
  %".139" = fadd <16 x float> %".138", %".137"
  %".140" = select  i1 %"first", <16 x float> %".137", <16 x float> %".139"
  store <16 x float> %".140", ptr %".136", align 4
  %".142" = mul i64 1, %"ldc"
  %".143" = add i64 %".142", 32
  %".144" = getelementptr inbounds float, ptr %"c", i64 %".143"
  %".145" = load <16 x float>, <16 x float>* %"acc6"
  %".146" = load <16 x float>, ptr %".144", align 4
  %".147" = fadd <16 x float> %".146", %".145"
  %".148" = select  i1 %"first", <16 x float> %".145", <16 x float> %".147"
  store <16 x float> %".148", ptr %".144", align 4
  %".150" = mul i64 1, %"ldc"
  %".151" = add i64 %".150", 48
  %".152" = getelementptr inbounds float, ptr %"c", i64 %".151"
  %".153" = load <16 x float>, <16 x float>* %"acc7"
  %".154" = load <16 x float>, ptr %".152", align 4
  %".155" = fadd <16 x float> %".154", %".153"
  %".156" = select  i1 %"first", <16 x float> %".153", <16 x float> %".155"
  store <16 x float> %".156", ptr %".152", align 4
  %".158" = mul i64 2, %"ldc"
  %".159" = add i64 %".158", 0
  %".160" = getelementptr inbounds float, ptr %"c", i64 %".159"
  %".161" = load <16 x float>, <16 x float>* %"acc8"
  %".162" = load <16 x float>, ptr %".160", align 4
  %".163" = fadd <16 x float> %".162", %".161"
  %".164" = select  i1 %"first", <16 x float> %".161", <16 x float> %".163"
  store <16 x float> %".164", ptr %".160", align 4
  %".166" = mul i64 2, %"ldc"
  %".167" = add i64 %".166", 16
  %".168" = getelementptr inbounds float, ptr %"c", i64 %".167"
  %".169" = load <16 x float>, <16 x float>* %"acc9"
  %".170" = load <16 x float>, ptr %".168", align 4
  %".171" = fadd <16 x float> %".170", %".169"
  %".172" = select  i1 %"first", <16 x float> %".169", <16 x float> %".171"
  store <16 x float> %".172", ptr %".168", align 4
  %".174" = mul i64 2, %"ldc"
  %".175" = add i64 %".174", 32
  %".176" = getelementptr inbounds float, ptr %"c", i64 %".175"
  %".177" = load <16 x float>, <16 x float>* %"acc10"
  %".178" = load <16 x float>, ptr %".176", align 4
  %".179" = fadd <16 x float> %".178", %".177"
  %".180" = select  i1 %"first", <16 x float> %".177", <16 x float> %".179"
  store <16 x float> %".180", ptr %".176", align 4
  %".182" = mul i64 2, %"ldc"
  %".183" = add i64 %".182", 48
  %".184" = getelementptr inbounds float, ptr %"c", i64 %".183"
  %".185" = load <16 x float>, <16 x float>* %"acc11"
  %".186" = load <16 x float>, ptr %".184", align 4
  %".187" = fadd <16 x float> %".186", %".185"
  %".188" = select  i1 %"first", <16 x float> %".185", <16 x float> %".187"
  store <16 x float> %".188", ptr %".184", align 4
  br label %"k.done.endif"
k.done.else:
  %".191" = mul i64 0, %"ldc"
  %".192" = add i64 %".191", 0
  %".193" = getelementptr inbounds float, ptr %"c", i64 %".192"
  %".194" = load <16 x float>, <16 x float>* %"acc0"
  %".195" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".91"
  %".196" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".193", i32 4, <16 x i1> %".195", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".197" = fadd <16 x float> %".196", %".194"
  %".198" = select  i1 %"first", <16 x float> %".194", <16 x float> %".197"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".198", ptr %".193", i32 4, <16 x i1> %".195")
  %".200" = mul i64 0, %"ldc"
  %".201" = add i64 %".200", 16
  %".202" = getelementptr inbounds float, ptr %"c", i64 %".201"
  %".203" = load <16 x float>, <16 x float>* %"acc1"
  %".204" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".91"
  %".205" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".202", i32 4, <16 x i1> %".204", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".206" = fadd <16 x float> %".205", %".203"
  %".207" = select  i1 %"first", <16 x float> %".203", <16 x float> %".206"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".207", ptr %".202", i32 4, <16 x i1> %".204")
  %".209" = mul i64 0, %"ldc"
  %".210" = add i64 %".209", 32
  %".211" = getelementptr inbounds float, ptr %"c", i64 %".210"
  %".212" = load <16 x float>, <16 x float>* %"acc2"
  %".213" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".91"
  %".214" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".211", i32 4, <16 x i1> %".213", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".215" = fadd <16 x float> %".214", %".212"
  %".216" = select  i1 %"first", <16 x float> %".212", <16 x float> %".215"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".216", ptr %".211", i32 4, <16 x i1> %".213")
  %".218" = mul i64 0, %"ldc"
  %".219" = add i64 %".218", 48
  %".220" = getelementptr inbounds float, ptr %"c", i64 %".219"
  %".221" = load <16 x float>, <16 x float>* %"acc3"
  %".222" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".91"
  %".223" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".220", i32 4, <16 x i1> %".222", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".224" = fadd <16 x float> %".223", %".221"
  %".225" = select  i1 %"first", <16 x float> %".221", <16 x float> %".224"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".225", ptr %".220", i32 4, <16 x i1> %".222")
  %".227" = mul i64 1, %"ldc"
  %".228" = add i64 %".227", 0
  %".229" = getelementptr inbounds float, ptr %"c", i64 %".228"
  %".230" = load <16 x float>, <16 x float>* %"acc4"
  %".231" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".91"
  %".232" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".229", i32 4, <16 x i1> %".231", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".233" = fadd <16 x float> %".232", %".230"
  %".234" = select  i1 %"first", <16 x float> %".230", <16 x float> %".233"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".234", ptr %".229", i32 4, <16 x i1> %".231")
  %".236" = mul i64 1, %"ldc"
  %".237" = add i64 %".236", 16
  %".238" = getelementptr inbounds float, ptr %"c", i64 %".237"
  %".239" = load <16 x float>, <16 x float>* %"acc5"
  %".240" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".91"
  %".241" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".238", i32 4, <16 x i1> %".240", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".242" = fadd <16 x float> %".241", %".239"
  %".243" = select  i1 %"first", <16 x float> %".239", <16 x float> %".242"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".243", ptr %".238", i32 4, <16 x i1> %".240")
  %".245" = mul i64 1, %"ldc"
  %".246" = add i64 %".245", 32
  %".247" = getelementptr inbounds float, ptr %"c", i64 %".246"
  %".248" = load <16 x float>, <16 x float>* %"acc6"
  %".249" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".91"
  %".250" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".247", i32 4, <16 x i1> %".249", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".251" = fadd <16 x float> %".250", %".248"
  %".252" = select  i1 %"first", <16 x float> %".248", <16 x float> %".251"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".252", ptr %".247", i32 4, <16 x i1> %".249")
  %".254" = mul i64 1, %"ldc"
  %".255" = add i64 %".254", 48
  %".256" = getelementptr inbounds float, ptr %"c", i64 %".255"
  %".257" = load <16 x float>, <16 x float>* %"acc7"
  %".258" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".91"
  %".259" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".256", i32 4, <16 x i1> %".258", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".260" = fadd <16 x float> %".259", %".257"
  %".261" = select  i1 %"first", <16 x float> %".257", <16 x float> %".260"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".261", ptr %".256", i32 4, <16 x i1> %".258")
  %".263" = mul i64 2, %"ldc"
  %".264" = add i64 %".263", 0
  %".265" = getelementptr inbounds float, ptr %"c", i64 %".264"
  %".266" = load <16 x float>, <16 x float>* %"acc8"
  %".267" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".91"
  %".268" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".265", i32 4, <16 x i1> %".267", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".269" = fadd <16 x float> %".268", %".266"
  %".270" = select  i1 %"first", <16 x float> %".266", <16 x float> %".269"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".270", ptr %".265", i32 4, <16 x i1> %".267")
  %".272" = mul i64 2, %"ldc"
  %".273" = add i64 %".272", 16
  %".274" = getelementptr inbounds float, ptr %"c", i64 %".273"
  %".275" = load <16 x float>, <16 x float>* %"acc9"
  %".276" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".91"
  %".277" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".274", i32 4, <16 x i1> %".276", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".278" = fadd <16 x float> %".277", %".275"
  %".279" = select  i1 %"first", <16 x float> %".275", <16 x float> %".278"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".279", ptr %".274", i32 4, <16 x i1> %".276")
  %".281" = mul i64 2, %"ldc"
  %".282" = add i64 %".281", 32
  %".283" = getelementptr inbounds float, ptr %"c", i64 %".282"
  %".284" = load <16 x float>, <16 x float>* %"acc10"
  %".285" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".91"
  %".286" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".283", i32 4, <16 x i1> %".285", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".287" = fadd <16 x float> %".286", %".284"
  %".288" = select  i1 %"first", <16 x float> %".284", <16 x float> %".287"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".288", ptr %".283", i32 4, <16 x i1> %".285")
  %".290" = mul i64 2, %"ldc"
  %".291" = add i64 %".290", 48
  %".292" = getelementptr inbounds float, ptr %"c", i64 %".291"
  %".293" = load <16 x float>, <16 x float>* %"acc11"
  %".294" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".91"
  %".295" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".292", i32 4, <16 x i1> %".294", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".296" = fadd <16 x float> %".295", %".293"
  %".297" = select  i1 %"first", <16 x float> %".293", <16 x float> %".296"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".297", ptr %".292", i32 4, <16 x i1> %".294")
  br label %"k.done.endif"
k.done.endif:
  ret void
}

define internal void @"gv_rows_f32.tile4"(ptr %"a", ptr %"p", ptr %"c", i64 %"kc", i64 %"lda", i64 %"ldc", i64 %"cols", i1 %"first")
{
entry:
  %"acc0" = alloca <16 x float>
  %"acc1" = alloca <16 x float>
  %"acc2" = alloca <16 x float>
  %"acc3" = alloca <16 x float>
  %"acc4" = alloca <16 x float>
  %"acc5" = alloca <16 x float>
  %"acc6" = alloca <16 x float>
  %"acc7" = alloca <16 x float>
  %"acc8" = alloca <16 x float>
  %"acc9" = alloca <16 x float>
  %"acc10" = alloca <16 x float>
  %"acc11" = alloca <16 x float>
  %"acc12" = alloca <16 x float>
  %"acc13" = alloca <16 x float>
  %"acc14" = alloca <16 x float>
  %"acc15" = alloca <16 x float>
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc0"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc1"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc2"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc3"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc4"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc5"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc6"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc7"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc8"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc9"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc10"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc11"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc12"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc13"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc14"
  store <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>, <16 x float>* %"acc15"
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
  %".36" = mul i64 %"k", 64
  %".37" = getelementptr inbounds float, ptr %"p", i64 %".36"
  %".38" = getelementptr inbounds float, ptr %".37", i64 0
  %".39" = load <16 x float>, ptr %".38", align 64
  %".40" = getelementptr inbounds float, ptr %".37", i64 16
  %".41" = load <16 x float>, ptr %".40", align 64
  %".42" = getelementptr inbounds float, ptr %".37", i64 32
  %".43" = load <16 x float>, ptr %".42", align 64
  %".44" = getelementptr inbounds float, ptr %".37", i64 48
  %".45" = load <16 x float>, ptr %".44", align 64
  %".46" = getelementptr inbounds float, ptr %".27", i64 %"k"
  %".47" = load float, ptr %".46"
  %".48" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".47", i32 0
  %".49" = shufflevector <16 x float> %".48", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".50" = load <16 x float>, <16 x float>* %"acc0"
  %".51" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".49", <16 x float> %".39", <16 x float> %".50")
  store <16 x float> %".51", <16 x float>* %"acc0"
  %".53" = load <16 x float>, <16 x float>* %"acc1"
  %".54" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".49", <16 x float> %".41", <16 x float> %".53")
  store <16 x float> %".54", <16 x float>* %"acc1"
  %".56" = load <16 x float>, <16 x float>* %"acc2"
  %".57" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".49", <16 x float> %".43", <16 x float> %".56")
  store <16 x float> %".57", <16 x float>* %"acc2"
  %".59" = load <16 x float>, <16 x float>* %"acc3"
  %".60" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".49", <16 x float> %".45", <16 x float> %".59")
  store <16 x float> %".60", <16 x float>* %"acc3"
  %".62" = getelementptr inbounds float, ptr %".29", i64 %"k"
  %".63" = load float, ptr %".62"
  %".64" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".63", i32 0
  %".65" = shufflevector <16 x float> %".64", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".66" = load <16 x float>, <16 x float>* %"acc4"
  %".67" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".65", <16 x float> %".39", <16 x float> %".66")
  store <16 x float> %".67", <16 x float>* %"acc4"
  %".69" = load <16 x float>, <16 x float>* %"acc5"
  %".70" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".65", <16 x float> %".41", <16 x float> %".69")
  store <16 x float> %".70", <16 x float>* %"acc5"
  %".72" = load <16 x float>, <16 x float>* %"acc6"
  %".73" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".65", <16 x float> %".43", <16 x float> %".72")
  store <16 x float> %".73", <16 x float>* %"acc6"
  %".75" = load <16 x float>, <16 x float>* %"acc7"
  %".76" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".65", <16 x float> %".45", <16 x float> %".75")
  store <16 x float> %".76", <16 x float>* %"acc7"
  %".78" = getelementptr inbounds float, ptr %".31", i64 %"k"
  %".79" = load float, ptr %".78"
  %".80" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".79", i32 0
  %".81" = shufflevector <16 x float> %".80", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".82" = load <16 x float>, <16 x float>* %"acc8"
  %".83" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".81", <16 x float> %".39", <16 x float> %".82")
  store <16 x float> %".83", <16 x float>* %"acc8"
  %".85" = load <16 x float>, <16 x float>* %"acc9"
  %".86" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".81", <16 x float> %".41", <16 x float> %".85")
  store <16 x float> %".86", <16 x float>* %"acc9"
  %".88" = load <16 x float>, <16 x float>* %"acc10"
  %".89" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".81", <16 x float> %".43", <16 x float> %".88")
  store <16 x float> %".89", <16 x float>* %"acc10"
  %".91" = load <16 x float>, <16 x float>* %"acc11"
  %".92" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".81", <16 x float> %".45", <16 x float> %".91")
  store <16 x float> %".92", <16 x float>* %"acc11"
  %".94" = getelementptr inbounds float, ptr %".33", i64 %"k"
  %".95" = load float, ptr %".94"
  %".96" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".95", i32 0
  %".97" = shufflevector <16 x float> %".96", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".98" = load <16 x float>, <16 x float>* %"acc12"
  %".99" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".97", <16 x float> %".39", <16 x float> %".98")
  store <16 x float> %".99", <16 x float>* %"acc12"
  %".101" = load <16 x float>, <16 x float>* %"acc13"
  %".102" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".97", <16 x float> %".41", <16 x float> %".101")
  store <16 x float> %".102", <16 x float>* %"acc13"
  %".104" = load <16 x float>, <16 x float>* %"acc14"
  %".105" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".97", <16 x float> %".43", <16 x float> %".104")
  store <16 x float> %".105", <16 x float>* %"acc14"
  %".107" = load <16 x float>, <16 x float>* %"acc15"
  %".108" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".97", <16 x float> %".45", <16 x float> %".107")
  store <16 x float> %".108", <16 x float>* %"acc15"
  %"k.next" = add nsw i64 %"k", 1
  %".110" = icmp slt i64 %"k.next", %"kc"
  br i1 %".110", label %"k.body", label %"k.done"
k.done:
  %".112" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"cols", i32 0
  %".113" = shufflevector <16 x i64> %".112", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".114" = icmp sge i64 %"cols", 64
  br i1 %".114", label %"k.done.if", label %"k.done.else"
k.done.if:
  %".116" = mul i64 0, %"ldc"
  %".117" = add i64 %".116", 0
  %".118" = getelementptr inbounds float, ptr %"c", i64 %".117"
  %".119" = load <16 x float>, <16 x float>* %"acc0"
  %".120" = load <16 x float>, ptr %".118", align 4
  %".121" = fadd <16 x float> %".120", %".119"
  %".122" = select  i1 %"first", <16 x float> %".119", <16 x float> %".121"
  store <16 x float> %".122", ptr %".118", align 4
  %".124" = mul i64 0, %"ldc"
  %".125" = add i64 %".124", 16
  %".126" = getelementptr inbounds float, ptr %"c", i64 %".125"
  %".127" = load <16 x float>, <16 x float>* %"acc1"
  %".128" = load <16 x float>, ptr %".126", align 4
  %".129" = fadd <16 x float> %".128", %".127"
  %".130" = select  i1 %"first", <16 x float> %".127", <16 x float> %".129"
  store <16 x float> %".130", ptr %".126", align 4
  %".132" = mul i64 0, %"ldc"
  %".133" = add i64 %".132", 32
  %".134" = getelementptr inbounds float, ptr %"c", i64 %".133"
  %".135" = load <16 x float>, <16 x float>* %"acc2"
  %".136" = load <16 x float>, ptr %".134", align 4
  %".137" = fadd <16 x float> %".136", %".135"
  %".138" = select  i1 %"first", <16 x float> %".135", <16 x float> %".137"
  store <16 x float> %".138", ptr %".134", align 4
  %".140" = mul i64 0, %"ldc"
  %".141" = add i64 %".140", 48
  %".142" = getelementptr inbounds float, ptr %"c", i64 %".141"
  %".143" = load <16 x float>, <16 x float>* %"acc3"
  %".144" = load <16 x float>, ptr %".142", align 4
  %".145" = fadd <16 x float> %".144", %".143"
  %".146" = select  i1 %"first", <16 x float> %".143", <16 x float> %".145"
  store <16 x float> %".146", ptr %".142", align 4
  %".148" = mul i64 1, %"ldc"
  %".149" = add i64 %".148", 0
  %".150" = getelementptr inbounds float, ptr %"c", i64 %".149"
  %".151" = load <16 x float>, <16 x float>* %"acc4"
  %".152" = load <16 x float>, ptr %".150", align 4
  %".153" = fadd <16 x float> %".152", %".151"
  %".154" = select  i1 %"first", <16 x float> %".151", <16 x float> %".153"
  store <16 x float> %".154", ptr %".150", align 4
  %".156" = mul i64 1, %"ldc"
  %".157" = add i64 %".156", 16
  %".158" = getelementptr inbounds float, ptr %"c", i64 %".157"
  %".159" = load <16 x float>, <16 x float>* %"acc5"
  %".160" = load <16 x float>, ptr %".158", align 4
  %".161" = fadd <16 x float> %".160", %".159"
  %".162" = select  i1 %"first", <16 x float> %".159", <16 x float> %".161"
  store <16 x float> %".162", ptr %".158", align 4
  %".164" = mul i64 1, %"ldc"
  %".165" = add i64 %".164", 32
  %".166" = getelementptr inbounds float, ptr %"c", i64 %".165"
  %".167" = load <16 x float>, <16 x float>* %"acc6"
  %".168" = load <16 x float>, ptr %".166", align 4
  %".169" = fadd <16 x float> %".168", %".167"
  %".170" = select  i1 %"first", <16 x float> %".167", <16 x float> %".169"
  store <16 x float> %".170", ptr %".166", align 4
  %".172" = mul i64 1, %"ldc"
  %".173" = add i64 %".172", 48
  %".174" = getelementptr inbounds float, ptr %"c", i64 %".173"
  %".175" = load <16 x float>, <16 x float>* %"acc7"
  %".176" = load <16 x float>, ptr %".174", align 4
  %".177" = fadd <16 x float> %".176", %".175"
  %".178" = select  i1 %"first", <16 x float> %".175", <16 x float> %".177"
  store <16 x float> %".178", ptr %".174", align 4
  %".180" = mul i64 2, %"ldc"
  %".181" = add i64 %".180", 0
  %".182" = getelementptr inbounds float, ptr %"c", i64 %".181"
  %".183" = load <16 x float>, <16 x float>* %"acc8"
  %".184" = load <16 x float>, ptr %".182", align 4
  %".185" = fadd <16 x float> %".184", %".183"
  %".186" = select  i1 %"first", <16 x float> %".183", <16 x float> %".185"
  store <16 x float> %".186", ptr %".182", align 4
  %".188" = mul i64 2, %"ldc"
  %".189" = add i64 %".188", 16
  %".190" = getelementptr inbounds float, ptr %"c", i64 %".189"
  %".191" = load <16 x float>, <16 x float>* %"acc9"
  %".192" = load <16 x float>, ptr %".190", align 4
  %".193" = fadd <16 x float> %".192", %".191"
  %".194" = select  i1 %"first", <16 x float> %".191", <16 x float> %".193"
  store <16 x float> %".194", ptr %".190", align 4
  %".196" = mul i64 2, %"ldc"
  %".197" = add i64 %".196", 32
  %".198" = getelementptr inbounds float, ptr %"c", i64 %".197"
  %".199" = load <16 x float>, <16 x float>* %"acc10"
  %".200" = load <16 x float>, ptr %".198", align 4
  %".201" = fadd <16 x float> %".200", %".199"
  %".202" = select  i1 %"first", <16 x float> %".199", <16 x float> %".201"
  store <16 x float> %".202", ptr %".198", align 4
  %".204" = mul i64 2, %"ldc"
  %".205" = add i64 %".204", 48
  %".206" = getelementptr inbounds float, ptr %"c", i64 %".205"
  %".207" = load <16 x float>, <16 x float>* %"acc11"
  %".208" = load <16 x float>, ptr %".206", align 4
  %".209" = fadd <16 x float> %".208", %".207"
  %".210" = select  i1 %"first", <16 x float> %".207", <16 x float> %".209"
  store <16 x float> %".210", ptr %".206", align 4
  %".212" = mul i64 3, %"ldc"
  %".213" = add i64 %".212", 0
  %".214" = getelementptr inbounds float, ptr %"c", i64 %".213"
  %".215" = load <16 x float>, <16 x float>* %"acc12"
  %".216" = load <16 x float>, ptr %".214", align 4
  %".217" = fadd <16 x float> %".216", %".215"
  %".218" = select  i1 %"first", <16 x float> %".215", <16 x float> %".217"
  store <16 x float> %".218", ptr %".214", align 4
  %".220" = mul i64 3, %"ldc"
  %".221" = add i64 %".220", 16
  %".222" = getelementptr inbounds float, ptr %"c", i64 %".221"
  %".223" = load <16 x float>, <16 x float>* %"acc13"
  %".224" = load <16 x float>, ptr %".222", align 4
  %".225" = fadd <16 x float> %".224", %".223"
  %".226" = select  i1 %"first", <16 x float> %".223", <16 x float> %".225"
  store <16 x float> %".226", ptr %".222", align 4
  %".228" = mul i64 3, %"ldc"
  %".229" = add i64 %".228", 32
  %".230" = getelementptr inbounds float, ptr %"c", i64 %".229"
  %".231" = load <16 x float>, <16 x float>* %"acc14"
  %".232" = load <16 x float>, ptr %".230", align 4
  %".233" = fadd <16 x float> %".232", %".231"
  %".234" = select  i1 %"first", <16 x float> %".231", <16 x float> %".233"
  store <16 x float> %".234", ptr %".230", align 4
  %".236" = mul i64 3, %"ldc"
  %".237" = add i64 %".236", 48
  %".238" = getelementptr inbounds float, ptr %"c", i64 %".237"
  %".239" = load <16 x float>, <16 x float>* %"acc15"
  %".240" = load <16 x float>, ptr %".238", align 4
  %".241" = fadd <16 x float> %".240", %".239"
  %".242" = select  i1 %"first", <16 x float> %".239", <16 x float> %".241"
  store <16 x float> %".242", ptr %".238", align 4
  br label %"k.done.endif"
k.done.else:
  %".245" = mul i64 0, %"ldc"
  %".246" = add i64 %".245", 0
  %".247" = getelementptr inbounds float, ptr %"c", i64 %".246"
  %".248" = load <16 x float>, <16 x float>* %"acc0"
  %".249" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".113"
  %".250" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".247", i32 4, <16 x i1> %".249", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".251" = fadd <16 x float> %".250", %".248"
  %".252" = select  i1 %"first", <16 x float> %".248", <16 x float> %".251"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".252", ptr %".247", i32 4, <16 x i1> %".249")
  %".254" = mul i64 0, %"ldc"
  %".255" = add i64 %".254", 16
  %".256" = getelementptr inbounds float, ptr %"c", i64 %".255"
  %".257" = load <16 x float>, <16 x float>* %"acc1"
  %".258" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".113"
  %".259" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".256", i32 4, <16 x i1> %".258", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".260" = fadd <16 x float> %".259", %".257"
  %".261" = select  i1 %"first", <16 x float> %".257", <16 x float> %".260"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".261", ptr %".256", i32 4, <16 x i1> %".258")
  %".263" = mul i64 0, %"ldc"
  %".264" = add i64 %".263", 32
  %".265" = getelementptr inbounds float, ptr %"c", i64 %".264"
  %".266" = load <16 x float>, <16 x float>* %"acc2"
  %".267" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".113"
  %".268" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".265", i32 4, <16 x i1> %".267", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".269" = fadd <16 x float> %".268", %".266"
  %".270" = select  i1 %"first", <16 x float> %".266", <16 x float> %".269"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".270", ptr %".265", i32 4, <16 x i1> %".267")
  %".272" = mul i64 0, %"ldc"
  %".273" = add i64 %".272", 48
  %".274" = getelementptr inbounds float, ptr %"c", i64 %".273"
  %".275" = load <16 x float>, <16 x float>* %"acc3"
  %".276" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".113"
  %".277" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".274", i32 4, <16 x i1> %".276", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".278" = fadd <16 x float> %".277", %".275"
  %".279" = select  i1 %"first", <16 x float> %".275", <16 x float> %".278"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".279", ptr %".274", i32 4, <16 x i1> %".276")
  %".281" = mul i64 1, %"ldc"
  %".282" = add i64 %".281", 0
  %".283" = getelementptr inbounds float, ptr %"c", i64 %".282"
  %".284" = load <16 x float>, <16 x float>* %"acc4"
  %".285" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".113"
  %".286" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".283", i32 4, <16 x i1> %".285", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".287" = fadd <16 x float> %".286", %".284"
  %".288" = select  i1 %"first", <16 x float> %".284", <16 x float> %".287"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".288", ptr %".283", i32 4, <16 x i1> %".285")
  %".290" = mul i64 1, %"ldc"
  %".291" = add i64 %".290", 16
  %".292" = getelementptr inbounds float, ptr %"c", i64 %".291"
  %".293" = load <16 x float>, <16 x float>* %"acc5"
  %".294" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".113"
  %".295" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".292", i32 4, <16 x i1> %".294", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".296" = fadd <16 x float> %".295", %".293"
  %".297" = select  i1 %"first", <16 x float> %".293", <16 x float> %".296"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".297", ptr %".292", i32 4, <16 x i1> %".294")
  %".299" = mul i64 1, %"ldc"
  %".300" = add i64 %".299", 32
  %".301" = getelementptr inbounds float, ptr %"c", i64 %".300"
  %".302" = load <16 x float>, <16 x float>* %"acc6"
  %".303" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".113"
  %".304" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".301", i32 4, <16 x i1> %".303", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".305" = fadd <16 x float> %".304", %".302"
  %".306" = select  i1 %"first", <16 x float> %".302", <16 x float> %".305"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".306", ptr %".301", i32 4, <16 x i1> %".303")
  %".308" = mul i64 1, %"ldc"
  %".309" = add i64 %".308", 48
  %".310" = getelementptr inbounds float, ptr %"c", i64 %".309"
  %".311" = load <16 x float>, <16 x float>* %"acc7"
  %".312" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".113"
  %".313" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".310", i32 4, <16 x i1> %".312", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".314" = fadd <16 x float> %".313", %".311"
  %".315" = select  i1 %"first", <16 x float> %".311", <16 x float> %".314"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".315", ptr %".310", i32 4, <16 x i1> %".312")
  %".317" = mul i64 2, %"ldc"
  %".318" = add i64 %".317", 0
  %".319" = getelementptr inbounds float, ptr %"c", i64 %".318"
  %".320" = load <16 x float>, <16 x float>* %"acc8"
  %".321" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".113"
  %".322" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".319", i32 4, <16 x i1> %".321", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".323" = fadd <16 x float> %".322", %".320"
  %".324" = select  i1 %"first", <16 x float> %".320", <16 x float> %".323"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".324", ptr %".319", i32 4, <16 x i1> %".321")
  %".326" = mul i64 2, %"ldc"
  %".327" = add i64 %".326", 16
  %".328" = getelementptr inbounds float, ptr %"c", i64 %".327"
  %".329" = load <16 x float>, <16 x float>* %"acc9"
  %".330" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".113"
  %".331" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".328", i32 4, <16 x i1> %".330", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".332" = fadd <16 x float> %".331", %".329"
  %".333" = select  i1 %"first", <16 x float> %".329", <16 x float> %".332"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".333", ptr %".328", i32 4, <16 x i1> %".330")
  %".335" = mul i64 2, %"ldc"
  %".336" = add i64 %".335", 32
  %".337" = getelementptr inbounds float, ptr %"c", i64 %".336"
  %".338" = load <16 x float>, <16 x float>* %"acc10"
  %".339" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".113"
  %".340" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".337", i32 4, <16 x i1> %".339", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".341" = fadd <16 x float> %".340", %".338"
  %".342" = select  i1 %"first", <16 x float> %".338", <16 x float> %".341"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".342", ptr %".337", i32 4, <16 x i1> %".339")
  %".344" = mul i64 2, %"ldc"
  %".345" = add i64 %".344", 48
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  %".347" = load <16 x float>, <16 x float>* %"acc11"
  %".348" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".113"
  %".349" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".346", i32 4, <16 x i1> %".348", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".350" = fadd <16 x float> %".349", %".347"
  %".351" = select  i1 %"first", <16 x float> %".347", <16 x float> %".350"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".351", ptr %".346", i32 4, <16 x i1> %".348")
  %".353" = mul i64 3, %"ldc"
  %".354" = add i64 %".353", 0
  %".355" = getelementptr inbounds float, ptr %"c", i64 %".354"
  %".356" = load <16 x float>, <16 x float>* %"acc12"
  %".357" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".113"
  %".358" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".355", i32 4, <16 x i1> %".357", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".359" = fadd <16 x float> %".358", %".356"
  %".360" = select  i1 %"first", <16 x float> %".356", <16 x float> %".359"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".360", ptr %".355", i32 4, <16 x i1> %".357")
  %".362" = mul i64 3, %"ldc"
  %".363" = add i64 %".362", 16
  %".364" = getelementptr inbounds float, ptr %"c", i64 %".363"
  %".365" = load <16 x float>, <16 x float>* %"acc13"
  %".366" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".113"
  %".367" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".364", i32 4, <16 x i1> %".366", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".368" = fadd <16 x float> %".367", %".365"
  %".369" = select  i1 %"first", <16 x float> %".365", <16 x float> %".368"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".369", ptr %".364", i32 4, <16 x i1> %".366")
  %".371" = mul i64 3, %"ldc"
  %".372" = add i64 %".371", 32
  %".373" = getelementptr inbounds float, ptr %"c", i64 %".372"
  %".374" = load <16 x float>, <16 x float>* %"acc14"
  %".375" = icmp slt <16 x i64> <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39, i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>, %".113"
  %".376" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".373", i32 4, <16 x i1> %".375", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".377" = fadd <16 x float> %".376", %".374"
  %".378" = select  i1 %"first", <16 x float> %".374", <16 x float> %".377"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".378", ptr %".373", i32 4, <16 x i1> %".375")
  %".380" = mul i64 3, %"ldc"
  %".381" = add i64 %".380", 48
  %".382" = getelementptr inbounds float, ptr %"c", i64 %".381"
  %".383" = load <16 x float>, <16 x float>* %"acc15"
  %".384" = icmp slt <16 x i64> <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55, i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>, %".113"
  %".385" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".382", i32 4, <16 x i1> %".384", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".386" = fadd <16 x float> %".385", %".383"
  %".387" = select  i1 %"first", <16 x float> %".383", <16 x float> %".386"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".387", ptr %".382", i32 4, <16 x i1> %".384")
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
  %".20" = add i64 %"Nn", 63
  %".21" = sdiv i64 %".20", 64
  %".22" = sub i64 %"nchunks", 1
  %".23" = add i64 %".21", %".22"
  %".24" = sdiv i64 %".23", %"nchunks"
  %".25" = mul i64 %"chunk", %".24"
  %".26" = mul i64 %".25", 64
  %".27" = icmp slt i64 %".26", %"Nn"
  %".28" = select  i1 %".27", i64 %".26", i64 %"Nn"
  %".29" = mul i64 %".24", 64
  %".30" = add i64 %".28", %".29"
  %".31" = icmp slt i64 %".30", %"Nn"
  %".32" = select  i1 %".31", i64 %".30", i64 %"Nn"
  %".33" = icmp slt i64 %".28", %".32"
  br i1 %".33", label %"entry.if", label %"entry.endif"
entry.if:
  %"ws" = call ptr @"gv_workspace"(i64 %"chunk", i64 98304)
  %".35" = icmp slt i64 0, %"K"
  br i1 %".35", label %"pc.body", label %"pc.done"
entry.endif:
  ret void
pc.body:
  %"pc" = phi  i64 [0, %"entry.if"], [%"pc.next", %"n.done"]
  %".37" = sub i64 %"K", %"pc"
  %".38" = icmp slt i64 384, %".37"
  %".39" = select  i1 %".38", i64 384, i64 %".37"
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
  call void @"gv_dot_f32.pack"(ptr %"ws", ptr %".46", i64 %".43", i64 %".39", i64 %"csb", i64 64)
  %".48" = getelementptr inbounds float, ptr %"A", i64 %"pc"
  %".49" = getelementptr inbounds float, ptr %"C", i64 %"n"
  %".50" = icmp slt i64 0, %"M"
  br i1 %".50", label %"m.body", label %"m.done"
n.done:
  %"pc.next" = add nsw i64 %"pc", 384
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
  %"n.next" = add nsw i64 %"n", 64
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
  %".24" = add i64 %"Nn", 15
  %".25" = sdiv i64 %".24", 16
  %".26" = sub i64 %"nchunks", 1
  %".27" = add i64 %".25", %".26"
  %".28" = sdiv i64 %".27", %"nchunks"
  %".29" = mul i64 %"chunk", %".28"
  %".30" = mul i64 %".29", 16
  %".31" = icmp slt i64 %".30", %"Nn"
  %".32" = select  i1 %".31", i64 %".30", i64 %"Nn"
  %".33" = mul i64 %".28", 16
  %".34" = add i64 %".32", %".33"
  %".35" = icmp slt i64 %".34", %"Nn"
  %".36" = select  i1 %".35", i64 %".34", i64 %"Nn"
  %".37" = add i64 %"M", 15
  %".38" = sdiv i64 %".37", 16
  %".39" = mul i64 %".38", 16
  %".40" = icmp slt i64 %".32", %".36"
  br i1 %".40", label %"entry.else.if", label %"entry.else.endif"
entry.endif:
  ret void
entry.else.if:
  %"ws" = call ptr @"gv_workspace"(i64 %"chunk", i64 98304)
  %".42" = icmp slt i64 0, %"K"
  br i1 %".42", label %"pc.body", label %"pc.done"
entry.else.endif:
  br label %"entry.endif"
pc.body:
  %"pc" = phi  i64 [0, %"entry.else.if"], [%"pc.next", %"n.done"]
  %".44" = sub i64 %"K", %"pc"
  %".45" = icmp slt i64 384, %".44"
  %".46" = select  i1 %".45", i64 384, i64 %".44"
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
  %"pc.next" = add nsw i64 %"pc", 384
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
  %"m.next" = add nsw i64 %"m", 16
  %".64" = icmp slt i64 %"m.next", %".39"
  br i1 %".64", label %"m.body", label %"m.done"
m.done:
  %"n.next" = add nsw i64 %"n", 16
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
  %".63" = add i64 2, 15
  %".64" = sdiv i64 %".63", 16
  %".65" = icmp slt i64 %"nthreads", %".64"
  %".66" = select  i1 %".65", i64 %"nthreads", i64 %".64"
  br i1 %".60", label %"entry.else.if.if", label %"entry.else.if.else"
entry.else.else:
  %".73" = mul i64 %"nthreads", 1
  %".74" = icmp sge i64 2, %"N"
  %".75" = add i64 2, 31
  %".76" = sdiv i64 %".75", 32
  %".77" = add i64 %"N", 11
  %".78" = sdiv i64 %".77", 12
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
  %".63" = add i64 3, 31
  %".64" = sdiv i64 %".63", 32
  %".65" = add i64 %"N", 11
  %".66" = sdiv i64 %".65", 12
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

declare <16 x float> @"llvm.fma.v16f32"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3")

declare void @"llvm.masked.store.v16f32.p0"(<16 x float> %".1", ptr %".2", i32 %".3", <16 x i1> %".4")

declare <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".1", i32 %".2", <16 x i1> %".3", <16 x float> %".4")

define internal void @"gv_gemm_f32.ukernel12"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".385", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".306", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".307", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".313", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".314", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".320", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".321", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".327", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".328", %"main"]
  %"acc8" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".334", %"main"]
  %"acc9" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".335", %"main"]
  %"acc10" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".341", %"main"]
  %"acc11" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".342", %"main"]
  %"acc12" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".348", %"main"]
  %"acc13" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".349", %"main"]
  %"acc14" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".355", %"main"]
  %"acc15" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".356", %"main"]
  %"acc16" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".362", %"main"]
  %"acc17" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".363", %"main"]
  %"acc18" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".369", %"main"]
  %"acc19" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".370", %"main"]
  %"acc20" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".376", %"main"]
  %"acc21" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".377", %"main"]
  %"acc22" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".383", %"main"]
  %"acc23" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".384", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 32
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <16 x float>, ptr %".16", align 64
  %".18" = add i64 %".14", 16
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <16 x float>, ptr %".19", align 64
  %".21" = mul i64 %".13", 12
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <16 x float> %".25", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".17", <16 x float> %"acc0")
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".20", <16 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <16 x float> %".32", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".17", <16 x float> %"acc2")
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".20", <16 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <16 x float> %".39", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".17", <16 x float> %"acc4")
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".20", <16 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <16 x float> %".46", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".17", <16 x float> %"acc6")
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".20", <16 x float> %"acc7")
  %".50" = add i64 %".21", 4
  %".51" = getelementptr inbounds float, ptr %"ap", i64 %".50"
  %".52" = load float, ptr %".51"
  %".53" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".52", i32 0
  %".54" = shufflevector <16 x float> %".53", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".55" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".17", <16 x float> %"acc8")
  %".56" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".20", <16 x float> %"acc9")
  %".57" = add i64 %".21", 5
  %".58" = getelementptr inbounds float, ptr %"ap", i64 %".57"
  %".59" = load float, ptr %".58"
  %".60" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".59", i32 0
  %".61" = shufflevector <16 x float> %".60", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".17", <16 x float> %"acc10")
  %".63" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".20", <16 x float> %"acc11")
  %".64" = add i64 %".21", 6
  %".65" = getelementptr inbounds float, ptr %"ap", i64 %".64"
  %".66" = load float, ptr %".65"
  %".67" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".66", i32 0
  %".68" = shufflevector <16 x float> %".67", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".69" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".68", <16 x float> %".17", <16 x float> %"acc12")
  %".70" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".68", <16 x float> %".20", <16 x float> %"acc13")
  %".71" = add i64 %".21", 7
  %".72" = getelementptr inbounds float, ptr %"ap", i64 %".71"
  %".73" = load float, ptr %".72"
  %".74" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <16 x float> %".74", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".17", <16 x float> %"acc14")
  %".77" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".20", <16 x float> %"acc15")
  %".78" = add i64 %".21", 8
  %".79" = getelementptr inbounds float, ptr %"ap", i64 %".78"
  %".80" = load float, ptr %".79"
  %".81" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".80", i32 0
  %".82" = shufflevector <16 x float> %".81", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".83" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".82", <16 x float> %".17", <16 x float> %"acc16")
  %".84" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".82", <16 x float> %".20", <16 x float> %"acc17")
  %".85" = add i64 %".21", 9
  %".86" = getelementptr inbounds float, ptr %"ap", i64 %".85"
  %".87" = load float, ptr %".86"
  %".88" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".87", i32 0
  %".89" = shufflevector <16 x float> %".88", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".90" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".89", <16 x float> %".17", <16 x float> %"acc18")
  %".91" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".89", <16 x float> %".20", <16 x float> %"acc19")
  %".92" = add i64 %".21", 10
  %".93" = getelementptr inbounds float, ptr %"ap", i64 %".92"
  %".94" = load float, ptr %".93"
  %".95" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".94", i32 0
  %".96" = shufflevector <16 x float> %".95", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".97" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".96", <16 x float> %".17", <16 x float> %"acc20")
  %".98" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".96", <16 x float> %".20", <16 x float> %"acc21")
  %".99" = add i64 %".21", 11
  %".100" = getelementptr inbounds float, ptr %"ap", i64 %".99"
  %".101" = load float, ptr %".100"
  %".102" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".101", i32 0
  %".103" = shufflevector <16 x float> %".102", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".104" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".103", <16 x float> %".17", <16 x float> %"acc22")
  %".105" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".103", <16 x float> %".20", <16 x float> %"acc23")
  %".106" = add i64 %"k", 1
  %".107" = mul i64 %".106", 32
  %".108" = add i64 %".107", 0
  %".109" = getelementptr inbounds float, ptr %"bp", i64 %".108"
  %".110" = load <16 x float>, ptr %".109", align 64
  %".111" = add i64 %".107", 16
  %".112" = getelementptr inbounds float, ptr %"bp", i64 %".111"
  %".113" = load <16 x float>, ptr %".112", align 64
  %".114" = mul i64 %".106", 12
  %".115" = add i64 %".114", 0
  %".116" = getelementptr inbounds float, ptr %"ap", i64 %".115"
  %".117" = load float, ptr %".116"
  %".118" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".117", i32 0
  %".119" = shufflevector <16 x float> %".118", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".120" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".119", <16 x float> %".110", <16 x float> %".27")
  %".121" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".119", <16 x float> %".113", <16 x float> %".28")
  %".122" = add i64 %".114", 1
  %".123" = getelementptr inbounds float, ptr %"ap", i64 %".122"
  %".124" = load float, ptr %".123"
  %".125" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".124", i32 0
  %".126" = shufflevector <16 x float> %".125", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".127" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".126", <16 x float> %".110", <16 x float> %".34")
  %".128" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".126", <16 x float> %".113", <16 x float> %".35")
  %".129" = add i64 %".114", 2
  %".130" = getelementptr inbounds float, ptr %"ap", i64 %".129"
  %".131" = load float, ptr %".130"
  %".132" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".131", i32 0
  %".133" = shufflevector <16 x float> %".132", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".134" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".133", <16 x float> %".110", <16 x float> %".41")
  %".135" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".133", <16 x float> %".113", <16 x float> %".42")
  %".136" = add i64 %".114", 3
  %".137" = getelementptr inbounds float, ptr %"ap", i64 %".136"
  %".138" = load float, ptr %".137"
  %".139" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".138", i32 0
  %".140" = shufflevector <16 x float> %".139", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".141" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".140", <16 x float> %".110", <16 x float> %".48")
  %".142" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".140", <16 x float> %".113", <16 x float> %".49")
  %".143" = add i64 %".114", 4
  %".144" = getelementptr inbounds float, ptr %"ap", i64 %".143"
  %".145" = load float, ptr %".144"
  %".146" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".145", i32 0
  %".147" = shufflevector <16 x float> %".146", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".148" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".147", <16 x float> %".110", <16 x float> %".55")
  %".149" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".147", <16 x float> %".113", <16 x float> %".56")
  %".150" = add i64 %".114", 5
  %".151" = getelementptr inbounds float, ptr %"ap", i64 %".150"
  %".152" = load float, ptr %".151"
  %".153" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".152", i32 0
  %".154" = shufflevector <16 x float> %".153", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".155" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".154", <16 x float> %".110", <16 x float> %".62")
  %".156" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".154", <16 x float> %".113", <16 x float> %".63")
  %".157" = add i64 %".114", 6
  %".158" = getelementptr inbounds float, ptr %"ap", i64 %".157"
  %".159" = load float, ptr %".158"
  %".160" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".159", i32 0
  %".161" = shufflevector <16 x float> %".160", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".162" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".161", <16 x float> %".110", <16 x float> %".69")
  %".163" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".161", <16 x float> %".113", <16 x float> %".70")
  %".164" = add i64 %".114", 7
  %".165" = getelementptr inbounds float, ptr %"ap", i64 %".164"
  %".166" = load float, ptr %".165"
  %".167" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".166", i32 0
  %".168" = shufflevector <16 x float> %".167", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".169" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".168", <16 x float> %".110", <16 x float> %".76")
  %".170" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".168", <16 x float> %".113", <16 x float> %".77")
  %".171" = add i64 %".114", 8
  %".172" = getelementptr inbounds float, ptr %"ap", i64 %".171"
  %".173" = load float, ptr %".172"
  %".174" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".173", i32 0
  %".175" = shufflevector <16 x float> %".174", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".176" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".175", <16 x float> %".110", <16 x float> %".83")
  %".177" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".175", <16 x float> %".113", <16 x float> %".84")
  %".178" = add i64 %".114", 9
  %".179" = getelementptr inbounds float, ptr %"ap", i64 %".178"
  %".180" = load float, ptr %".179"
  %".181" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".180", i32 0
  %".182" = shufflevector <16 x float> %".181", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".183" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".182", <16 x float> %".110", <16 x float> %".90")
  %".184" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".182", <16 x float> %".113", <16 x float> %".91")
  %".185" = add i64 %".114", 10
  %".186" = getelementptr inbounds float, ptr %"ap", i64 %".185"
  %".187" = load float, ptr %".186"
  %".188" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".187", i32 0
  %".189" = shufflevector <16 x float> %".188", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".190" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".189", <16 x float> %".110", <16 x float> %".97")
  %".191" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".189", <16 x float> %".113", <16 x float> %".98")
  %".192" = add i64 %".114", 11
  %".193" = getelementptr inbounds float, ptr %"ap", i64 %".192"
  %".194" = load float, ptr %".193"
  %".195" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".194", i32 0
  %".196" = shufflevector <16 x float> %".195", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".197" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".196", <16 x float> %".110", <16 x float> %".104")
  %".198" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".196", <16 x float> %".113", <16 x float> %".105")
  %".199" = add i64 %"k", 2
  %".200" = mul i64 %".199", 32
  %".201" = add i64 %".200", 0
  %".202" = getelementptr inbounds float, ptr %"bp", i64 %".201"
  %".203" = load <16 x float>, ptr %".202", align 64
  %".204" = add i64 %".200", 16
  %".205" = getelementptr inbounds float, ptr %"bp", i64 %".204"
  %".206" = load <16 x float>, ptr %".205", align 64
  %".207" = mul i64 %".199", 12
  %".208" = add i64 %".207", 0
  %".209" = getelementptr inbounds float, ptr %"ap", i64 %".208"
  %".210" = load float, ptr %".209"
  %".211" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".210", i32 0
  %".212" = shufflevector <16 x float> %".211", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".213" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".212", <16 x float> %".203", <16 x float> %".120")
  %".214" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".212", <16 x float> %".206", <16 x float> %".121")
  %".215" = add i64 %".207", 1
  %".216" = getelementptr inbounds float, ptr %"ap", i64 %".215"
  %".217" = load float, ptr %".216"
  %".218" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".217", i32 0
  %".219" = shufflevector <16 x float> %".218", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".220" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".219", <16 x float> %".203", <16 x float> %".127")
  %".221" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".219", <16 x float> %".206", <16 x float> %".128")
  %".222" = add i64 %".207", 2
  %".223" = getelementptr inbounds float, ptr %"ap", i64 %".222"
  %".224" = load float, ptr %".223"
  %".225" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".224", i32 0
  %".226" = shufflevector <16 x float> %".225", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".227" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".226", <16 x float> %".203", <16 x float> %".134")
  %".228" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".226", <16 x float> %".206", <16 x float> %".135")
  %".229" = add i64 %".207", 3
  %".230" = getelementptr inbounds float, ptr %"ap", i64 %".229"
  %".231" = load float, ptr %".230"
  %".232" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".231", i32 0
  %".233" = shufflevector <16 x float> %".232", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".234" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".233", <16 x float> %".203", <16 x float> %".141")
  %".235" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".233", <16 x float> %".206", <16 x float> %".142")
  %".236" = add i64 %".207", 4
  %".237" = getelementptr inbounds float, ptr %"ap", i64 %".236"
  %".238" = load float, ptr %".237"
  %".239" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".238", i32 0
  %".240" = shufflevector <16 x float> %".239", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".241" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".240", <16 x float> %".203", <16 x float> %".148")
  %".242" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".240", <16 x float> %".206", <16 x float> %".149")
  %".243" = add i64 %".207", 5
  %".244" = getelementptr inbounds float, ptr %"ap", i64 %".243"
  %".245" = load float, ptr %".244"
  %".246" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".245", i32 0
  %".247" = shufflevector <16 x float> %".246", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".248" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".247", <16 x float> %".203", <16 x float> %".155")
  %".249" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".247", <16 x float> %".206", <16 x float> %".156")
  %".250" = add i64 %".207", 6
  %".251" = getelementptr inbounds float, ptr %"ap", i64 %".250"
  %".252" = load float, ptr %".251"
  %".253" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".252", i32 0
  %".254" = shufflevector <16 x float> %".253", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".255" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".254", <16 x float> %".203", <16 x float> %".162")
  %".256" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".254", <16 x float> %".206", <16 x float> %".163")
  %".257" = add i64 %".207", 7
  %".258" = getelementptr inbounds float, ptr %"ap", i64 %".257"
  %".259" = load float, ptr %".258"
  %".260" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".259", i32 0
  %".261" = shufflevector <16 x float> %".260", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".262" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".261", <16 x float> %".203", <16 x float> %".169")
  %".263" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".261", <16 x float> %".206", <16 x float> %".170")
  %".264" = add i64 %".207", 8
  %".265" = getelementptr inbounds float, ptr %"ap", i64 %".264"
  %".266" = load float, ptr %".265"
  %".267" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".266", i32 0
  %".268" = shufflevector <16 x float> %".267", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".269" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".268", <16 x float> %".203", <16 x float> %".176")
  %".270" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".268", <16 x float> %".206", <16 x float> %".177")
  %".271" = add i64 %".207", 9
  %".272" = getelementptr inbounds float, ptr %"ap", i64 %".271"
  %".273" = load float, ptr %".272"
  %".274" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".273", i32 0
  %".275" = shufflevector <16 x float> %".274", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".276" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".275", <16 x float> %".203", <16 x float> %".183")
  %".277" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".275", <16 x float> %".206", <16 x float> %".184")
  %".278" = add i64 %".207", 10
  %".279" = getelementptr inbounds float, ptr %"ap", i64 %".278"
  %".280" = load float, ptr %".279"
  %".281" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".280", i32 0
  %".282" = shufflevector <16 x float> %".281", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".283" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".282", <16 x float> %".203", <16 x float> %".190")
  %".284" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".282", <16 x float> %".206", <16 x float> %".191")
  %".285" = add i64 %".207", 11
  %".286" = getelementptr inbounds float, ptr %"ap", i64 %".285"
  %".287" = load float, ptr %".286"
  %".288" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".287", i32 0
  %".289" = shufflevector <16 x float> %".288", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".290" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".289", <16 x float> %".203", <16 x float> %".197")
  %".291" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".289", <16 x float> %".206", <16 x float> %".198")
  %".292" = add i64 %"k", 3
  %".293" = mul i64 %".292", 32
  %".294" = add i64 %".293", 0
  %".295" = getelementptr inbounds float, ptr %"bp", i64 %".294"
  %".296" = load <16 x float>, ptr %".295", align 64
  %".297" = add i64 %".293", 16
  %".298" = getelementptr inbounds float, ptr %"bp", i64 %".297"
  %".299" = load <16 x float>, ptr %".298", align 64
  %".300" = mul i64 %".292", 12
  %".301" = add i64 %".300", 0
  %".302" = getelementptr inbounds float, ptr %"ap", i64 %".301"
  %".303" = load float, ptr %".302"
  %".304" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".303", i32 0
  %".305" = shufflevector <16 x float> %".304", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".306" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".305", <16 x float> %".296", <16 x float> %".213")
  %".307" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".305", <16 x float> %".299", <16 x float> %".214")
  %".308" = add i64 %".300", 1
  %".309" = getelementptr inbounds float, ptr %"ap", i64 %".308"
  %".310" = load float, ptr %".309"
  %".311" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".310", i32 0
  %".312" = shufflevector <16 x float> %".311", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".313" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".312", <16 x float> %".296", <16 x float> %".220")
  %".314" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".312", <16 x float> %".299", <16 x float> %".221")
  %".315" = add i64 %".300", 2
  %".316" = getelementptr inbounds float, ptr %"ap", i64 %".315"
  %".317" = load float, ptr %".316"
  %".318" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".317", i32 0
  %".319" = shufflevector <16 x float> %".318", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".320" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".319", <16 x float> %".296", <16 x float> %".227")
  %".321" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".319", <16 x float> %".299", <16 x float> %".228")
  %".322" = add i64 %".300", 3
  %".323" = getelementptr inbounds float, ptr %"ap", i64 %".322"
  %".324" = load float, ptr %".323"
  %".325" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".324", i32 0
  %".326" = shufflevector <16 x float> %".325", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".327" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".326", <16 x float> %".296", <16 x float> %".234")
  %".328" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".326", <16 x float> %".299", <16 x float> %".235")
  %".329" = add i64 %".300", 4
  %".330" = getelementptr inbounds float, ptr %"ap", i64 %".329"
  %".331" = load float, ptr %".330"
  %".332" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".331", i32 0
  %".333" = shufflevector <16 x float> %".332", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".334" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".333", <16 x float> %".296", <16 x float> %".241")
  %".335" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".333", <16 x float> %".299", <16 x float> %".242")
  %".336" = add i64 %".300", 5
  %".337" = getelementptr inbounds float, ptr %"ap", i64 %".336"
  %".338" = load float, ptr %".337"
  %".339" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".338", i32 0
  %".340" = shufflevector <16 x float> %".339", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".341" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".340", <16 x float> %".296", <16 x float> %".248")
  %".342" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".340", <16 x float> %".299", <16 x float> %".249")
  %".343" = add i64 %".300", 6
  %".344" = getelementptr inbounds float, ptr %"ap", i64 %".343"
  %".345" = load float, ptr %".344"
  %".346" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".345", i32 0
  %".347" = shufflevector <16 x float> %".346", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".348" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".347", <16 x float> %".296", <16 x float> %".255")
  %".349" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".347", <16 x float> %".299", <16 x float> %".256")
  %".350" = add i64 %".300", 7
  %".351" = getelementptr inbounds float, ptr %"ap", i64 %".350"
  %".352" = load float, ptr %".351"
  %".353" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".352", i32 0
  %".354" = shufflevector <16 x float> %".353", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".355" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".354", <16 x float> %".296", <16 x float> %".262")
  %".356" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".354", <16 x float> %".299", <16 x float> %".263")
  %".357" = add i64 %".300", 8
  %".358" = getelementptr inbounds float, ptr %"ap", i64 %".357"
  %".359" = load float, ptr %".358"
  %".360" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".359", i32 0
  %".361" = shufflevector <16 x float> %".360", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".362" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".361", <16 x float> %".296", <16 x float> %".269")
  %".363" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".361", <16 x float> %".299", <16 x float> %".270")
  %".364" = add i64 %".300", 9
  %".365" = getelementptr inbounds float, ptr %"ap", i64 %".364"
  %".366" = load float, ptr %".365"
  %".367" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".366", i32 0
  %".368" = shufflevector <16 x float> %".367", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".369" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".368", <16 x float> %".296", <16 x float> %".276")
  %".370" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".368", <16 x float> %".299", <16 x float> %".277")
  %".371" = add i64 %".300", 10
  %".372" = getelementptr inbounds float, ptr %"ap", i64 %".371"
  %".373" = load float, ptr %".372"
  %".374" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".373", i32 0
  %".375" = shufflevector <16 x float> %".374", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".376" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".375", <16 x float> %".296", <16 x float> %".283")
  %".377" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".375", <16 x float> %".299", <16 x float> %".284")
  %".378" = add i64 %".300", 11
  %".379" = getelementptr inbounds float, ptr %"ap", i64 %".378"
  %".380" = load float, ptr %".379"
  %".381" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".380", i32 0
  %".382" = shufflevector <16 x float> %".381", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".383" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".382", <16 x float> %".296", <16 x float> %".290")
  %".384" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".382", <16 x float> %".299", <16 x float> %".291")
  %".385" = add i64 %"k", 4
  %".386" = icmp slt i64 %".385", %".10"
  br i1 %".386", label %"main", label %"mid"
mid:
  %".388" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".306", %"main"]
  %".389" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".307", %"main"]
  %".390" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".313", %"main"]
  %".391" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".314", %"main"]
  %".392" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".320", %"main"]
  %".393" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".321", %"main"]
  %".394" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".327", %"main"]
  %".395" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".328", %"main"]
  %".396" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".334", %"main"]
  %".397" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".335", %"main"]
  %".398" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".341", %"main"]
  %".399" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".342", %"main"]
  %".400" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".348", %"main"]
  %".401" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".349", %"main"]
  %".402" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".355", %"main"]
  %".403" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".356", %"main"]
  %".404" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".362", %"main"]
  %".405" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".363", %"main"]
  %".406" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".369", %"main"]
  %".407" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".370", %"main"]
  %".408" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".376", %"main"]
  %".409" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".377", %"main"]
  %".410" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".383", %"main"]
  %".411" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".384", %"main"]
  %".412" = icmp slt i64 %".10", %"kc"
  br i1 %".412", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".530", %"rem"]
  %".414" = phi  <16 x float> [%".388", %"mid"], [%".451", %"rem"]
  %".415" = phi  <16 x float> [%".389", %"mid"], [%".452", %"rem"]
  %".416" = phi  <16 x float> [%".390", %"mid"], [%".458", %"rem"]
  %".417" = phi  <16 x float> [%".391", %"mid"], [%".459", %"rem"]
  %".418" = phi  <16 x float> [%".392", %"mid"], [%".465", %"rem"]
  %".419" = phi  <16 x float> [%".393", %"mid"], [%".466", %"rem"]
  %".420" = phi  <16 x float> [%".394", %"mid"], [%".472", %"rem"]
  %".421" = phi  <16 x float> [%".395", %"mid"], [%".473", %"rem"]
  %".422" = phi  <16 x float> [%".396", %"mid"], [%".479", %"rem"]
  %".423" = phi  <16 x float> [%".397", %"mid"], [%".480", %"rem"]
  %".424" = phi  <16 x float> [%".398", %"mid"], [%".486", %"rem"]
  %".425" = phi  <16 x float> [%".399", %"mid"], [%".487", %"rem"]
  %".426" = phi  <16 x float> [%".400", %"mid"], [%".493", %"rem"]
  %".427" = phi  <16 x float> [%".401", %"mid"], [%".494", %"rem"]
  %".428" = phi  <16 x float> [%".402", %"mid"], [%".500", %"rem"]
  %".429" = phi  <16 x float> [%".403", %"mid"], [%".501", %"rem"]
  %".430" = phi  <16 x float> [%".404", %"mid"], [%".507", %"rem"]
  %".431" = phi  <16 x float> [%".405", %"mid"], [%".508", %"rem"]
  %".432" = phi  <16 x float> [%".406", %"mid"], [%".514", %"rem"]
  %".433" = phi  <16 x float> [%".407", %"mid"], [%".515", %"rem"]
  %".434" = phi  <16 x float> [%".408", %"mid"], [%".521", %"rem"]
  %".435" = phi  <16 x float> [%".409", %"mid"], [%".522", %"rem"]
  %".436" = phi  <16 x float> [%".410", %"mid"], [%".528", %"rem"]
  %".437" = phi  <16 x float> [%".411", %"mid"], [%".529", %"rem"]
  %".438" = mul i64 %"k1", 32
  %".439" = add i64 %".438", 0
  %".440" = getelementptr inbounds float, ptr %"bp", i64 %".439"
  %".441" = load <16 x float>, ptr %".440", align 64
  %".442" = add i64 %".438", 16
  %".443" = getelementptr inbounds float, ptr %"bp", i64 %".442"
  %".444" = load <16 x float>, ptr %".443", align 64
  %".445" = mul i64 %"k1", 12
  %".446" = add i64 %".445", 0
  %".447" = getelementptr inbounds float, ptr %"ap", i64 %".446"
  %".448" = load float, ptr %".447"
  %".449" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".448", i32 0
  %".450" = shufflevector <16 x float> %".449", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".451" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".450", <16 x float> %".441", <16 x float> %".414")
  %".452" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".450", <16 x float> %".444", <16 x float> %".415")
  %".453" = add i64 %".445", 1
  %".454" = getelementptr inbounds float, ptr %"ap", i64 %".453"
  %".455" = load float, ptr %".454"
  %".456" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".455", i32 0
  %".457" = shufflevector <16 x float> %".456", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".458" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".457", <16 x float> %".441", <16 x float> %".416")
  %".459" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".457", <16 x float> %".444", <16 x float> %".417")
  %".460" = add i64 %".445", 2
  %".461" = getelementptr inbounds float, ptr %"ap", i64 %".460"
  %".462" = load float, ptr %".461"
  %".463" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".462", i32 0
  %".464" = shufflevector <16 x float> %".463", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".465" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".464", <16 x float> %".441", <16 x float> %".418")
  %".466" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".464", <16 x float> %".444", <16 x float> %".419")
  %".467" = add i64 %".445", 3
  %".468" = getelementptr inbounds float, ptr %"ap", i64 %".467"
  %".469" = load float, ptr %".468"
  %".470" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".469", i32 0
  %".471" = shufflevector <16 x float> %".470", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".472" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".471", <16 x float> %".441", <16 x float> %".420")
  %".473" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".471", <16 x float> %".444", <16 x float> %".421")
  %".474" = add i64 %".445", 4
  %".475" = getelementptr inbounds float, ptr %"ap", i64 %".474"
  %".476" = load float, ptr %".475"
  %".477" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".476", i32 0
  %".478" = shufflevector <16 x float> %".477", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".479" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".478", <16 x float> %".441", <16 x float> %".422")
  %".480" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".478", <16 x float> %".444", <16 x float> %".423")
  %".481" = add i64 %".445", 5
  %".482" = getelementptr inbounds float, ptr %"ap", i64 %".481"
  %".483" = load float, ptr %".482"
  %".484" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".483", i32 0
  %".485" = shufflevector <16 x float> %".484", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".486" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".485", <16 x float> %".441", <16 x float> %".424")
  %".487" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".485", <16 x float> %".444", <16 x float> %".425")
  %".488" = add i64 %".445", 6
  %".489" = getelementptr inbounds float, ptr %"ap", i64 %".488"
  %".490" = load float, ptr %".489"
  %".491" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".490", i32 0
  %".492" = shufflevector <16 x float> %".491", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".493" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".492", <16 x float> %".441", <16 x float> %".426")
  %".494" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".492", <16 x float> %".444", <16 x float> %".427")
  %".495" = add i64 %".445", 7
  %".496" = getelementptr inbounds float, ptr %"ap", i64 %".495"
  %".497" = load float, ptr %".496"
  %".498" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".497", i32 0
  %".499" = shufflevector <16 x float> %".498", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".500" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".499", <16 x float> %".441", <16 x float> %".428")
  %".501" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".499", <16 x float> %".444", <16 x float> %".429")
  %".502" = add i64 %".445", 8
  %".503" = getelementptr inbounds float, ptr %"ap", i64 %".502"
  %".504" = load float, ptr %".503"
  %".505" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".504", i32 0
  %".506" = shufflevector <16 x float> %".505", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".507" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".506", <16 x float> %".441", <16 x float> %".430")
  %".508" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".506", <16 x float> %".444", <16 x float> %".431")
  %".509" = add i64 %".445", 9
  %".510" = getelementptr inbounds float, ptr %"ap", i64 %".509"
  %".511" = load float, ptr %".510"
  %".512" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".511", i32 0
  %".513" = shufflevector <16 x float> %".512", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".514" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".513", <16 x float> %".441", <16 x float> %".432")
  %".515" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".513", <16 x float> %".444", <16 x float> %".433")
  %".516" = add i64 %".445", 10
  %".517" = getelementptr inbounds float, ptr %"ap", i64 %".516"
  %".518" = load float, ptr %".517"
  %".519" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".518", i32 0
  %".520" = shufflevector <16 x float> %".519", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".521" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".520", <16 x float> %".441", <16 x float> %".434")
  %".522" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".520", <16 x float> %".444", <16 x float> %".435")
  %".523" = add i64 %".445", 11
  %".524" = getelementptr inbounds float, ptr %"ap", i64 %".523"
  %".525" = load float, ptr %".524"
  %".526" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".525", i32 0
  %".527" = shufflevector <16 x float> %".526", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".528" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".527", <16 x float> %".441", <16 x float> %".436")
  %".529" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".527", <16 x float> %".444", <16 x float> %".437")
  %".530" = add i64 %"k1", 1
  %".531" = icmp slt i64 %".530", %"kc"
  br i1 %".531", label %"rem", label %"tail"
tail:
  %".533" = phi  <16 x float> [%".388", %"mid"], [%".451", %"rem"]
  %".534" = phi  <16 x float> [%".389", %"mid"], [%".452", %"rem"]
  %".535" = phi  <16 x float> [%".390", %"mid"], [%".458", %"rem"]
  %".536" = phi  <16 x float> [%".391", %"mid"], [%".459", %"rem"]
  %".537" = phi  <16 x float> [%".392", %"mid"], [%".465", %"rem"]
  %".538" = phi  <16 x float> [%".393", %"mid"], [%".466", %"rem"]
  %".539" = phi  <16 x float> [%".394", %"mid"], [%".472", %"rem"]
  %".540" = phi  <16 x float> [%".395", %"mid"], [%".473", %"rem"]
  %".541" = phi  <16 x float> [%".396", %"mid"], [%".479", %"rem"]
  %".542" = phi  <16 x float> [%".397", %"mid"], [%".480", %"rem"]
  %".543" = phi  <16 x float> [%".398", %"mid"], [%".486", %"rem"]
  %".544" = phi  <16 x float> [%".399", %"mid"], [%".487", %"rem"]
  %".545" = phi  <16 x float> [%".400", %"mid"], [%".493", %"rem"]
  %".546" = phi  <16 x float> [%".401", %"mid"], [%".494", %"rem"]
  %".547" = phi  <16 x float> [%".402", %"mid"], [%".500", %"rem"]
  %".548" = phi  <16 x float> [%".403", %"mid"], [%".501", %"rem"]
  %".549" = phi  <16 x float> [%".404", %"mid"], [%".507", %"rem"]
  %".550" = phi  <16 x float> [%".405", %"mid"], [%".508", %"rem"]
  %".551" = phi  <16 x float> [%".406", %"mid"], [%".514", %"rem"]
  %".552" = phi  <16 x float> [%".407", %"mid"], [%".515", %"rem"]
  %".553" = phi  <16 x float> [%".408", %"mid"], [%".521", %"rem"]
  %".554" = phi  <16 x float> [%".409", %"mid"], [%".522", %"rem"]
  %".555" = phi  <16 x float> [%".410", %"mid"], [%".528", %"rem"]
  %".556" = phi  <16 x float> [%".411", %"mid"], [%".529", %"rem"]
  %".557" = icmp eq i64 %"mr", 12
  %".558" = icmp eq i64 %"nr", 32
  %".559" = and i1 %".557", %".558"
  br i1 %".559", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".805" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".806" = shufflevector <16 x i64> %".805", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".807" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".806"
  %".808" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".806"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row11" i64 2, label %"row10" i64 3, label %"row9" i64 4, label %"row8" i64 5, label %"row7" i64 6, label %"row6" i64 7, label %"row5" i64 8, label %"row4" i64 9, label %"row3" i64 10, label %"row2" i64 11, label %"row1" i64 12, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".562" = mul i64 0, %"ldc"
  %".563" = add i64 %".562", 0
  %".564" = getelementptr inbounds float, ptr %"c", i64 %".563"
  store <16 x float> %".533", ptr %".564", align 4
  %".566" = mul i64 0, %"ldc"
  %".567" = add i64 %".566", 16
  %".568" = getelementptr inbounds float, ptr %"c", i64 %".567"
  store <16 x float> %".534", ptr %".568", align 4
  %".570" = mul i64 1, %"ldc"
  %".571" = add i64 %".570", 0
  %".572" = getelementptr inbounds float, ptr %"c", i64 %".571"
  store <16 x float> %".535", ptr %".572", align 4
  %".574" = mul i64 1, %"ldc"
  %".575" = add i64 %".574", 16
  %".576" = getelementptr inbounds float, ptr %"c", i64 %".575"
  store <16 x float> %".536", ptr %".576", align 4
  %".578" = mul i64 2, %"ldc"
  %".579" = add i64 %".578", 0
  %".580" = getelementptr inbounds float, ptr %"c", i64 %".579"
  store <16 x float> %".537", ptr %".580", align 4
  %".582" = mul i64 2, %"ldc"
  %".583" = add i64 %".582", 16
  %".584" = getelementptr inbounds float, ptr %"c", i64 %".583"
  store <16 x float> %".538", ptr %".584", align 4
  %".586" = mul i64 3, %"ldc"
  %".587" = add i64 %".586", 0
  %".588" = getelementptr inbounds float, ptr %"c", i64 %".587"
  store <16 x float> %".539", ptr %".588", align 4
  %".590" = mul i64 3, %"ldc"
  %".591" = add i64 %".590", 16
  %".592" = getelementptr inbounds float, ptr %"c", i64 %".591"
  store <16 x float> %".540", ptr %".592", align 4
  %".594" = mul i64 4, %"ldc"
  %".595" = add i64 %".594", 0
  %".596" = getelementptr inbounds float, ptr %"c", i64 %".595"
  store <16 x float> %".541", ptr %".596", align 4
  %".598" = mul i64 4, %"ldc"
  %".599" = add i64 %".598", 16
  %".600" = getelementptr inbounds float, ptr %"c", i64 %".599"
  store <16 x float> %".542", ptr %".600", align 4
  %".602" = mul i64 5, %"ldc"
  %".603" = add i64 %".602", 0
  %".604" = getelementptr inbounds float, ptr %"c", i64 %".603"
  store <16 x float> %".543", ptr %".604", align 4
  %".606" = mul i64 5, %"ldc"
  %".607" = add i64 %".606", 16
  %".608" = getelementptr inbounds float, ptr %"c", i64 %".607"
  store <16 x float> %".544", ptr %".608", align 4
  %".610" = mul i64 6, %"ldc"
  %".611" = add i64 %".610", 0
  %".612" = getelementptr inbounds float, ptr %"c", i64 %".611"
  store <16 x float> %".545", ptr %".612", align 4
  %".614" = mul i64 6, %"ldc"
  %".615" = add i64 %".614", 16
  %".616" = getelementptr inbounds float, ptr %"c", i64 %".615"
  store <16 x float> %".546", ptr %".616", align 4
  %".618" = mul i64 7, %"ldc"
  %".619" = add i64 %".618", 0
  %".620" = getelementptr inbounds float, ptr %"c", i64 %".619"
  store <16 x float> %".547", ptr %".620", align 4
  %".622" = mul i64 7, %"ldc"
  %".623" = add i64 %".622", 16
  %".624" = getelementptr inbounds float, ptr %"c", i64 %".623"
  store <16 x float> %".548", ptr %".624", align 4
  %".626" = mul i64 8, %"ldc"
  %".627" = add i64 %".626", 0
  %".628" = getelementptr inbounds float, ptr %"c", i64 %".627"
  store <16 x float> %".549", ptr %".628", align 4
  %".630" = mul i64 8, %"ldc"
  %".631" = add i64 %".630", 16
  %".632" = getelementptr inbounds float, ptr %"c", i64 %".631"
  store <16 x float> %".550", ptr %".632", align 4
  %".634" = mul i64 9, %"ldc"
  %".635" = add i64 %".634", 0
  %".636" = getelementptr inbounds float, ptr %"c", i64 %".635"
  store <16 x float> %".551", ptr %".636", align 4
  %".638" = mul i64 9, %"ldc"
  %".639" = add i64 %".638", 16
  %".640" = getelementptr inbounds float, ptr %"c", i64 %".639"
  store <16 x float> %".552", ptr %".640", align 4
  %".642" = mul i64 10, %"ldc"
  %".643" = add i64 %".642", 0
  %".644" = getelementptr inbounds float, ptr %"c", i64 %".643"
  store <16 x float> %".553", ptr %".644", align 4
  %".646" = mul i64 10, %"ldc"
  %".647" = add i64 %".646", 16
  %".648" = getelementptr inbounds float, ptr %"c", i64 %".647"
  store <16 x float> %".554", ptr %".648", align 4
  %".650" = mul i64 11, %"ldc"
  %".651" = add i64 %".650", 0
  %".652" = getelementptr inbounds float, ptr %"c", i64 %".651"
  store <16 x float> %".555", ptr %".652", align 4
  %".654" = mul i64 11, %"ldc"
  %".655" = add i64 %".654", 16
  %".656" = getelementptr inbounds float, ptr %"c", i64 %".655"
  store <16 x float> %".556", ptr %".656", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".659" = mul i64 0, %"ldc"
  %".660" = add i64 %".659", 0
  %".661" = getelementptr inbounds float, ptr %"c", i64 %".660"
  %".662" = load <16 x float>, ptr %".661", align 4
  %".663" = fadd reassoc contract nsz <16 x float> %".662", %".533"
  store <16 x float> %".663", ptr %".661", align 4
  %".665" = mul i64 0, %"ldc"
  %".666" = add i64 %".665", 16
  %".667" = getelementptr inbounds float, ptr %"c", i64 %".666"
  %".668" = load <16 x float>, ptr %".667", align 4
  %".669" = fadd reassoc contract nsz <16 x float> %".668", %".534"
  store <16 x float> %".669", ptr %".667", align 4
  %".671" = mul i64 1, %"ldc"
  %".672" = add i64 %".671", 0
  %".673" = getelementptr inbounds float, ptr %"c", i64 %".672"
  %".674" = load <16 x float>, ptr %".673", align 4
  %".675" = fadd reassoc contract nsz <16 x float> %".674", %".535"
  store <16 x float> %".675", ptr %".673", align 4
  %".677" = mul i64 1, %"ldc"
  %".678" = add i64 %".677", 16
  %".679" = getelementptr inbounds float, ptr %"c", i64 %".678"
  %".680" = load <16 x float>, ptr %".679", align 4
  %".681" = fadd reassoc contract nsz <16 x float> %".680", %".536"
  store <16 x float> %".681", ptr %".679", align 4
  %".683" = mul i64 2, %"ldc"
  %".684" = add i64 %".683", 0
  %".685" = getelementptr inbounds float, ptr %"c", i64 %".684"
  %".686" = load <16 x float>, ptr %".685", align 4
  %".687" = fadd reassoc contract nsz <16 x float> %".686", %".537"
  store <16 x float> %".687", ptr %".685", align 4
  %".689" = mul i64 2, %"ldc"
  %".690" = add i64 %".689", 16
  %".691" = getelementptr inbounds float, ptr %"c", i64 %".690"
  %".692" = load <16 x float>, ptr %".691", align 4
  %".693" = fadd reassoc contract nsz <16 x float> %".692", %".538"
  store <16 x float> %".693", ptr %".691", align 4
  %".695" = mul i64 3, %"ldc"
  %".696" = add i64 %".695", 0
  %".697" = getelementptr inbounds float, ptr %"c", i64 %".696"
  %".698" = load <16 x float>, ptr %".697", align 4
  %".699" = fadd reassoc contract nsz <16 x float> %".698", %".539"
  store <16 x float> %".699", ptr %".697", align 4
  %".701" = mul i64 3, %"ldc"
  %".702" = add i64 %".701", 16
  %".703" = getelementptr inbounds float, ptr %"c", i64 %".702"
  %".704" = load <16 x float>, ptr %".703", align 4
  %".705" = fadd reassoc contract nsz <16 x float> %".704", %".540"
  store <16 x float> %".705", ptr %".703", align 4
  %".707" = mul i64 4, %"ldc"
  %".708" = add i64 %".707", 0
  %".709" = getelementptr inbounds float, ptr %"c", i64 %".708"
  %".710" = load <16 x float>, ptr %".709", align 4
  %".711" = fadd reassoc contract nsz <16 x float> %".710", %".541"
  store <16 x float> %".711", ptr %".709", align 4
  %".713" = mul i64 4, %"ldc"
  %".714" = add i64 %".713", 16
  %".715" = getelementptr inbounds float, ptr %"c", i64 %".714"
  %".716" = load <16 x float>, ptr %".715", align 4
  %".717" = fadd reassoc contract nsz <16 x float> %".716", %".542"
  store <16 x float> %".717", ptr %".715", align 4
  %".719" = mul i64 5, %"ldc"
  %".720" = add i64 %".719", 0
  %".721" = getelementptr inbounds float, ptr %"c", i64 %".720"
  %".722" = load <16 x float>, ptr %".721", align 4
  %".723" = fadd reassoc contract nsz <16 x float> %".722", %".543"
  store <16 x float> %".723", ptr %".721", align 4
  %".725" = mul i64 5, %"ldc"
  %".726" = add i64 %".725", 16
  %".727" = getelementptr inbounds float, ptr %"c", i64 %".726"
  %".728" = load <16 x float>, ptr %".727", align 4
  %".729" = fadd reassoc contract nsz <16 x float> %".728", %".544"
  store <16 x float> %".729", ptr %".727", align 4
  %".731" = mul i64 6, %"ldc"
  %".732" = add i64 %".731", 0
  %".733" = getelementptr inbounds float, ptr %"c", i64 %".732"
  %".734" = load <16 x float>, ptr %".733", align 4
  %".735" = fadd reassoc contract nsz <16 x float> %".734", %".545"
  store <16 x float> %".735", ptr %".733", align 4
  %".737" = mul i64 6, %"ldc"
  %".738" = add i64 %".737", 16
  %".739" = getelementptr inbounds float, ptr %"c", i64 %".738"
  %".740" = load <16 x float>, ptr %".739", align 4
  %".741" = fadd reassoc contract nsz <16 x float> %".740", %".546"
  store <16 x float> %".741", ptr %".739", align 4
  %".743" = mul i64 7, %"ldc"
  %".744" = add i64 %".743", 0
  %".745" = getelementptr inbounds float, ptr %"c", i64 %".744"
  %".746" = load <16 x float>, ptr %".745", align 4
  %".747" = fadd reassoc contract nsz <16 x float> %".746", %".547"
  store <16 x float> %".747", ptr %".745", align 4
  %".749" = mul i64 7, %"ldc"
  %".750" = add i64 %".749", 16
  %".751" = getelementptr inbounds float, ptr %"c", i64 %".750"
  %".752" = load <16 x float>, ptr %".751", align 4
  %".753" = fadd reassoc contract nsz <16 x float> %".752", %".548"
  store <16 x float> %".753", ptr %".751", align 4
  %".755" = mul i64 8, %"ldc"
  %".756" = add i64 %".755", 0
  %".757" = getelementptr inbounds float, ptr %"c", i64 %".756"
  %".758" = load <16 x float>, ptr %".757", align 4
  %".759" = fadd reassoc contract nsz <16 x float> %".758", %".549"
  store <16 x float> %".759", ptr %".757", align 4
  %".761" = mul i64 8, %"ldc"
  %".762" = add i64 %".761", 16
  %".763" = getelementptr inbounds float, ptr %"c", i64 %".762"
  %".764" = load <16 x float>, ptr %".763", align 4
  %".765" = fadd reassoc contract nsz <16 x float> %".764", %".550"
  store <16 x float> %".765", ptr %".763", align 4
  %".767" = mul i64 9, %"ldc"
  %".768" = add i64 %".767", 0
  %".769" = getelementptr inbounds float, ptr %"c", i64 %".768"
  %".770" = load <16 x float>, ptr %".769", align 4
  %".771" = fadd reassoc contract nsz <16 x float> %".770", %".551"
  store <16 x float> %".771", ptr %".769", align 4
  %".773" = mul i64 9, %"ldc"
  %".774" = add i64 %".773", 16
  %".775" = getelementptr inbounds float, ptr %"c", i64 %".774"
  %".776" = load <16 x float>, ptr %".775", align 4
  %".777" = fadd reassoc contract nsz <16 x float> %".776", %".552"
  store <16 x float> %".777", ptr %".775", align 4
  %".779" = mul i64 10, %"ldc"
  %".780" = add i64 %".779", 0
  %".781" = getelementptr inbounds float, ptr %"c", i64 %".780"
  %".782" = load <16 x float>, ptr %".781", align 4
  %".783" = fadd reassoc contract nsz <16 x float> %".782", %".553"
  store <16 x float> %".783", ptr %".781", align 4
  %".785" = mul i64 10, %"ldc"
  %".786" = add i64 %".785", 16
  %".787" = getelementptr inbounds float, ptr %"c", i64 %".786"
  %".788" = load <16 x float>, ptr %".787", align 4
  %".789" = fadd reassoc contract nsz <16 x float> %".788", %".554"
  store <16 x float> %".789", ptr %".787", align 4
  %".791" = mul i64 11, %"ldc"
  %".792" = add i64 %".791", 0
  %".793" = getelementptr inbounds float, ptr %"c", i64 %".792"
  %".794" = load <16 x float>, ptr %".793", align 4
  %".795" = fadd reassoc contract nsz <16 x float> %".794", %".555"
  store <16 x float> %".795", ptr %".793", align 4
  %".797" = mul i64 11, %"ldc"
  %".798" = add i64 %".797", 16
  %".799" = getelementptr inbounds float, ptr %"c", i64 %".798"
  %".800" = load <16 x float>, ptr %".799", align 4
  %".801" = fadd reassoc contract nsz <16 x float> %".800", %".556"
  store <16 x float> %".801", ptr %".799", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".810" = mul i64 11, %"ldc"
  %".811" = add i64 %".810", 0
  %".812" = getelementptr inbounds float, ptr %"c", i64 %".811"
  %".813" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".812", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".814" = fadd reassoc contract nsz <16 x float> %".813", %".555"
  %".815" = select  i1 %"first", <16 x float> %".555", <16 x float> %".814"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".815", ptr %".812", i32 4, <16 x i1> %".807")
  %".817" = mul i64 11, %"ldc"
  %".818" = add i64 %".817", 16
  %".819" = getelementptr inbounds float, ptr %"c", i64 %".818"
  %".820" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".819", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".821" = fadd reassoc contract nsz <16 x float> %".820", %".556"
  %".822" = select  i1 %"first", <16 x float> %".556", <16 x float> %".821"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".822", ptr %".819", i32 4, <16 x i1> %".808")
  br label %"row1"
row1:
  %".825" = mul i64 10, %"ldc"
  %".826" = add i64 %".825", 0
  %".827" = getelementptr inbounds float, ptr %"c", i64 %".826"
  %".828" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".827", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".829" = fadd reassoc contract nsz <16 x float> %".828", %".553"
  %".830" = select  i1 %"first", <16 x float> %".553", <16 x float> %".829"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".830", ptr %".827", i32 4, <16 x i1> %".807")
  %".832" = mul i64 10, %"ldc"
  %".833" = add i64 %".832", 16
  %".834" = getelementptr inbounds float, ptr %"c", i64 %".833"
  %".835" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".834", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".836" = fadd reassoc contract nsz <16 x float> %".835", %".554"
  %".837" = select  i1 %"first", <16 x float> %".554", <16 x float> %".836"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".837", ptr %".834", i32 4, <16 x i1> %".808")
  br label %"row2"
row2:
  %".840" = mul i64 9, %"ldc"
  %".841" = add i64 %".840", 0
  %".842" = getelementptr inbounds float, ptr %"c", i64 %".841"
  %".843" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".842", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".844" = fadd reassoc contract nsz <16 x float> %".843", %".551"
  %".845" = select  i1 %"first", <16 x float> %".551", <16 x float> %".844"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".845", ptr %".842", i32 4, <16 x i1> %".807")
  %".847" = mul i64 9, %"ldc"
  %".848" = add i64 %".847", 16
  %".849" = getelementptr inbounds float, ptr %"c", i64 %".848"
  %".850" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".849", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".851" = fadd reassoc contract nsz <16 x float> %".850", %".552"
  %".852" = select  i1 %"first", <16 x float> %".552", <16 x float> %".851"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".852", ptr %".849", i32 4, <16 x i1> %".808")
  br label %"row3"
row3:
  %".855" = mul i64 8, %"ldc"
  %".856" = add i64 %".855", 0
  %".857" = getelementptr inbounds float, ptr %"c", i64 %".856"
  %".858" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".857", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".859" = fadd reassoc contract nsz <16 x float> %".858", %".549"
  %".860" = select  i1 %"first", <16 x float> %".549", <16 x float> %".859"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".860", ptr %".857", i32 4, <16 x i1> %".807")
  %".862" = mul i64 8, %"ldc"
  %".863" = add i64 %".862", 16
  %".864" = getelementptr inbounds float, ptr %"c", i64 %".863"
  %".865" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".864", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".866" = fadd reassoc contract nsz <16 x float> %".865", %".550"
  %".867" = select  i1 %"first", <16 x float> %".550", <16 x float> %".866"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".867", ptr %".864", i32 4, <16 x i1> %".808")
  br label %"row4"
row4:
  %".870" = mul i64 7, %"ldc"
  %".871" = add i64 %".870", 0
  %".872" = getelementptr inbounds float, ptr %"c", i64 %".871"
  %".873" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".872", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".874" = fadd reassoc contract nsz <16 x float> %".873", %".547"
  %".875" = select  i1 %"first", <16 x float> %".547", <16 x float> %".874"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".875", ptr %".872", i32 4, <16 x i1> %".807")
  %".877" = mul i64 7, %"ldc"
  %".878" = add i64 %".877", 16
  %".879" = getelementptr inbounds float, ptr %"c", i64 %".878"
  %".880" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".879", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".881" = fadd reassoc contract nsz <16 x float> %".880", %".548"
  %".882" = select  i1 %"first", <16 x float> %".548", <16 x float> %".881"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".882", ptr %".879", i32 4, <16 x i1> %".808")
  br label %"row5"
row5:
  %".885" = mul i64 6, %"ldc"
  %".886" = add i64 %".885", 0
  %".887" = getelementptr inbounds float, ptr %"c", i64 %".886"
  %".888" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".887", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".889" = fadd reassoc contract nsz <16 x float> %".888", %".545"
  %".890" = select  i1 %"first", <16 x float> %".545", <16 x float> %".889"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".890", ptr %".887", i32 4, <16 x i1> %".807")
  %".892" = mul i64 6, %"ldc"
  %".893" = add i64 %".892", 16
  %".894" = getelementptr inbounds float, ptr %"c", i64 %".893"
  %".895" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".894", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".896" = fadd reassoc contract nsz <16 x float> %".895", %".546"
  %".897" = select  i1 %"first", <16 x float> %".546", <16 x float> %".896"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".897", ptr %".894", i32 4, <16 x i1> %".808")
  br label %"row6"
row6:
  %".900" = mul i64 5, %"ldc"
  %".901" = add i64 %".900", 0
  %".902" = getelementptr inbounds float, ptr %"c", i64 %".901"
  %".903" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".902", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".904" = fadd reassoc contract nsz <16 x float> %".903", %".543"
  %".905" = select  i1 %"first", <16 x float> %".543", <16 x float> %".904"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".905", ptr %".902", i32 4, <16 x i1> %".807")
  %".907" = mul i64 5, %"ldc"
  %".908" = add i64 %".907", 16
  %".909" = getelementptr inbounds float, ptr %"c", i64 %".908"
  %".910" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".909", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".911" = fadd reassoc contract nsz <16 x float> %".910", %".544"
  %".912" = select  i1 %"first", <16 x float> %".544", <16 x float> %".911"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".912", ptr %".909", i32 4, <16 x i1> %".808")
  br label %"row7"
row7:
  %".915" = mul i64 4, %"ldc"
  %".916" = add i64 %".915", 0
  %".917" = getelementptr inbounds float, ptr %"c", i64 %".916"
  %".918" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".917", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".919" = fadd reassoc contract nsz <16 x float> %".918", %".541"
  %".920" = select  i1 %"first", <16 x float> %".541", <16 x float> %".919"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".920", ptr %".917", i32 4, <16 x i1> %".807")
  %".922" = mul i64 4, %"ldc"
  %".923" = add i64 %".922", 16
  %".924" = getelementptr inbounds float, ptr %"c", i64 %".923"
  %".925" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".924", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".926" = fadd reassoc contract nsz <16 x float> %".925", %".542"
  %".927" = select  i1 %"first", <16 x float> %".542", <16 x float> %".926"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".927", ptr %".924", i32 4, <16 x i1> %".808")
  br label %"row8"
row8:
  %".930" = mul i64 3, %"ldc"
  %".931" = add i64 %".930", 0
  %".932" = getelementptr inbounds float, ptr %"c", i64 %".931"
  %".933" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".932", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".934" = fadd reassoc contract nsz <16 x float> %".933", %".539"
  %".935" = select  i1 %"first", <16 x float> %".539", <16 x float> %".934"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".935", ptr %".932", i32 4, <16 x i1> %".807")
  %".937" = mul i64 3, %"ldc"
  %".938" = add i64 %".937", 16
  %".939" = getelementptr inbounds float, ptr %"c", i64 %".938"
  %".940" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".939", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".941" = fadd reassoc contract nsz <16 x float> %".940", %".540"
  %".942" = select  i1 %"first", <16 x float> %".540", <16 x float> %".941"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".942", ptr %".939", i32 4, <16 x i1> %".808")
  br label %"row9"
row9:
  %".945" = mul i64 2, %"ldc"
  %".946" = add i64 %".945", 0
  %".947" = getelementptr inbounds float, ptr %"c", i64 %".946"
  %".948" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".947", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".949" = fadd reassoc contract nsz <16 x float> %".948", %".537"
  %".950" = select  i1 %"first", <16 x float> %".537", <16 x float> %".949"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".950", ptr %".947", i32 4, <16 x i1> %".807")
  %".952" = mul i64 2, %"ldc"
  %".953" = add i64 %".952", 16
  %".954" = getelementptr inbounds float, ptr %"c", i64 %".953"
  %".955" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".954", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".956" = fadd reassoc contract nsz <16 x float> %".955", %".538"
  %".957" = select  i1 %"first", <16 x float> %".538", <16 x float> %".956"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".957", ptr %".954", i32 4, <16 x i1> %".808")
  br label %"row10"
row10:
  %".960" = mul i64 1, %"ldc"
  %".961" = add i64 %".960", 0
  %".962" = getelementptr inbounds float, ptr %"c", i64 %".961"
  %".963" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".962", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".964" = fadd reassoc contract nsz <16 x float> %".963", %".535"
  %".965" = select  i1 %"first", <16 x float> %".535", <16 x float> %".964"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".965", ptr %".962", i32 4, <16 x i1> %".807")
  %".967" = mul i64 1, %"ldc"
  %".968" = add i64 %".967", 16
  %".969" = getelementptr inbounds float, ptr %"c", i64 %".968"
  %".970" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".969", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".971" = fadd reassoc contract nsz <16 x float> %".970", %".536"
  %".972" = select  i1 %"first", <16 x float> %".536", <16 x float> %".971"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".972", ptr %".969", i32 4, <16 x i1> %".808")
  br label %"row11"
row11:
  %".975" = mul i64 0, %"ldc"
  %".976" = add i64 %".975", 0
  %".977" = getelementptr inbounds float, ptr %"c", i64 %".976"
  %".978" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".977", i32 4, <16 x i1> %".807", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".979" = fadd reassoc contract nsz <16 x float> %".978", %".533"
  %".980" = select  i1 %"first", <16 x float> %".533", <16 x float> %".979"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".980", ptr %".977", i32 4, <16 x i1> %".807")
  %".982" = mul i64 0, %"ldc"
  %".983" = add i64 %".982", 16
  %".984" = getelementptr inbounds float, ptr %"c", i64 %".983"
  %".985" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".984", i32 4, <16 x i1> %".808", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".986" = fadd reassoc contract nsz <16 x float> %".985", %".534"
  %".987" = select  i1 %"first", <16 x float> %".534", <16 x float> %".986"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".987", ptr %".984", i32 4, <16 x i1> %".808")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel6"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".217", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".180", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".187", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".194", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".201", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %"acc8" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".208", %"main"]
  %"acc9" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %"acc10" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".215", %"main"]
  %"acc11" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 32
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <16 x float>, ptr %".16", align 64
  %".18" = add i64 %".14", 16
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <16 x float>, ptr %".19", align 64
  %".21" = mul i64 %".13", 12
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <16 x float> %".25", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".17", <16 x float> %"acc0")
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".20", <16 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <16 x float> %".32", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".17", <16 x float> %"acc2")
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".20", <16 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <16 x float> %".39", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".17", <16 x float> %"acc4")
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".20", <16 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <16 x float> %".46", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".17", <16 x float> %"acc6")
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".20", <16 x float> %"acc7")
  %".50" = add i64 %".21", 4
  %".51" = getelementptr inbounds float, ptr %"ap", i64 %".50"
  %".52" = load float, ptr %".51"
  %".53" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".52", i32 0
  %".54" = shufflevector <16 x float> %".53", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".55" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".17", <16 x float> %"acc8")
  %".56" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".20", <16 x float> %"acc9")
  %".57" = add i64 %".21", 5
  %".58" = getelementptr inbounds float, ptr %"ap", i64 %".57"
  %".59" = load float, ptr %".58"
  %".60" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".59", i32 0
  %".61" = shufflevector <16 x float> %".60", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".17", <16 x float> %"acc10")
  %".63" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".20", <16 x float> %"acc11")
  %".64" = add i64 %"k", 1
  %".65" = mul i64 %".64", 32
  %".66" = add i64 %".65", 0
  %".67" = getelementptr inbounds float, ptr %"bp", i64 %".66"
  %".68" = load <16 x float>, ptr %".67", align 64
  %".69" = add i64 %".65", 16
  %".70" = getelementptr inbounds float, ptr %"bp", i64 %".69"
  %".71" = load <16 x float>, ptr %".70", align 64
  %".72" = mul i64 %".64", 12
  %".73" = add i64 %".72", 0
  %".74" = getelementptr inbounds float, ptr %"ap", i64 %".73"
  %".75" = load float, ptr %".74"
  %".76" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <16 x float> %".76", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".68", <16 x float> %".27")
  %".79" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".71", <16 x float> %".28")
  %".80" = add i64 %".72", 1
  %".81" = getelementptr inbounds float, ptr %"ap", i64 %".80"
  %".82" = load float, ptr %".81"
  %".83" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <16 x float> %".83", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".84", <16 x float> %".68", <16 x float> %".34")
  %".86" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".84", <16 x float> %".71", <16 x float> %".35")
  %".87" = add i64 %".72", 2
  %".88" = getelementptr inbounds float, ptr %"ap", i64 %".87"
  %".89" = load float, ptr %".88"
  %".90" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <16 x float> %".90", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".91", <16 x float> %".68", <16 x float> %".41")
  %".93" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".91", <16 x float> %".71", <16 x float> %".42")
  %".94" = add i64 %".72", 3
  %".95" = getelementptr inbounds float, ptr %"ap", i64 %".94"
  %".96" = load float, ptr %".95"
  %".97" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <16 x float> %".97", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".98", <16 x float> %".68", <16 x float> %".48")
  %".100" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".98", <16 x float> %".71", <16 x float> %".49")
  %".101" = add i64 %".72", 4
  %".102" = getelementptr inbounds float, ptr %"ap", i64 %".101"
  %".103" = load float, ptr %".102"
  %".104" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".103", i32 0
  %".105" = shufflevector <16 x float> %".104", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".106" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".105", <16 x float> %".68", <16 x float> %".55")
  %".107" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".105", <16 x float> %".71", <16 x float> %".56")
  %".108" = add i64 %".72", 5
  %".109" = getelementptr inbounds float, ptr %"ap", i64 %".108"
  %".110" = load float, ptr %".109"
  %".111" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".110", i32 0
  %".112" = shufflevector <16 x float> %".111", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".113" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".112", <16 x float> %".68", <16 x float> %".62")
  %".114" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".112", <16 x float> %".71", <16 x float> %".63")
  %".115" = add i64 %"k", 2
  %".116" = mul i64 %".115", 32
  %".117" = add i64 %".116", 0
  %".118" = getelementptr inbounds float, ptr %"bp", i64 %".117"
  %".119" = load <16 x float>, ptr %".118", align 64
  %".120" = add i64 %".116", 16
  %".121" = getelementptr inbounds float, ptr %"bp", i64 %".120"
  %".122" = load <16 x float>, ptr %".121", align 64
  %".123" = mul i64 %".115", 12
  %".124" = add i64 %".123", 0
  %".125" = getelementptr inbounds float, ptr %"ap", i64 %".124"
  %".126" = load float, ptr %".125"
  %".127" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".126", i32 0
  %".128" = shufflevector <16 x float> %".127", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".129" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".128", <16 x float> %".119", <16 x float> %".78")
  %".130" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".128", <16 x float> %".122", <16 x float> %".79")
  %".131" = add i64 %".123", 1
  %".132" = getelementptr inbounds float, ptr %"ap", i64 %".131"
  %".133" = load float, ptr %".132"
  %".134" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".133", i32 0
  %".135" = shufflevector <16 x float> %".134", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".136" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".135", <16 x float> %".119", <16 x float> %".85")
  %".137" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".135", <16 x float> %".122", <16 x float> %".86")
  %".138" = add i64 %".123", 2
  %".139" = getelementptr inbounds float, ptr %"ap", i64 %".138"
  %".140" = load float, ptr %".139"
  %".141" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".140", i32 0
  %".142" = shufflevector <16 x float> %".141", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".143" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".142", <16 x float> %".119", <16 x float> %".92")
  %".144" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".142", <16 x float> %".122", <16 x float> %".93")
  %".145" = add i64 %".123", 3
  %".146" = getelementptr inbounds float, ptr %"ap", i64 %".145"
  %".147" = load float, ptr %".146"
  %".148" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".147", i32 0
  %".149" = shufflevector <16 x float> %".148", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".150" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".149", <16 x float> %".119", <16 x float> %".99")
  %".151" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".149", <16 x float> %".122", <16 x float> %".100")
  %".152" = add i64 %".123", 4
  %".153" = getelementptr inbounds float, ptr %"ap", i64 %".152"
  %".154" = load float, ptr %".153"
  %".155" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <16 x float> %".155", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".156", <16 x float> %".119", <16 x float> %".106")
  %".158" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".156", <16 x float> %".122", <16 x float> %".107")
  %".159" = add i64 %".123", 5
  %".160" = getelementptr inbounds float, ptr %"ap", i64 %".159"
  %".161" = load float, ptr %".160"
  %".162" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".161", i32 0
  %".163" = shufflevector <16 x float> %".162", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".164" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".163", <16 x float> %".119", <16 x float> %".113")
  %".165" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".163", <16 x float> %".122", <16 x float> %".114")
  %".166" = add i64 %"k", 3
  %".167" = mul i64 %".166", 32
  %".168" = add i64 %".167", 0
  %".169" = getelementptr inbounds float, ptr %"bp", i64 %".168"
  %".170" = load <16 x float>, ptr %".169", align 64
  %".171" = add i64 %".167", 16
  %".172" = getelementptr inbounds float, ptr %"bp", i64 %".171"
  %".173" = load <16 x float>, ptr %".172", align 64
  %".174" = mul i64 %".166", 12
  %".175" = add i64 %".174", 0
  %".176" = getelementptr inbounds float, ptr %"ap", i64 %".175"
  %".177" = load float, ptr %".176"
  %".178" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".177", i32 0
  %".179" = shufflevector <16 x float> %".178", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".180" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".179", <16 x float> %".170", <16 x float> %".129")
  %".181" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".179", <16 x float> %".173", <16 x float> %".130")
  %".182" = add i64 %".174", 1
  %".183" = getelementptr inbounds float, ptr %"ap", i64 %".182"
  %".184" = load float, ptr %".183"
  %".185" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".184", i32 0
  %".186" = shufflevector <16 x float> %".185", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".187" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".186", <16 x float> %".170", <16 x float> %".136")
  %".188" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".186", <16 x float> %".173", <16 x float> %".137")
  %".189" = add i64 %".174", 2
  %".190" = getelementptr inbounds float, ptr %"ap", i64 %".189"
  %".191" = load float, ptr %".190"
  %".192" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".191", i32 0
  %".193" = shufflevector <16 x float> %".192", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".194" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".193", <16 x float> %".170", <16 x float> %".143")
  %".195" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".193", <16 x float> %".173", <16 x float> %".144")
  %".196" = add i64 %".174", 3
  %".197" = getelementptr inbounds float, ptr %"ap", i64 %".196"
  %".198" = load float, ptr %".197"
  %".199" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".198", i32 0
  %".200" = shufflevector <16 x float> %".199", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".201" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".200", <16 x float> %".170", <16 x float> %".150")
  %".202" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".200", <16 x float> %".173", <16 x float> %".151")
  %".203" = add i64 %".174", 4
  %".204" = getelementptr inbounds float, ptr %"ap", i64 %".203"
  %".205" = load float, ptr %".204"
  %".206" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".205", i32 0
  %".207" = shufflevector <16 x float> %".206", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".208" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".207", <16 x float> %".170", <16 x float> %".157")
  %".209" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".207", <16 x float> %".173", <16 x float> %".158")
  %".210" = add i64 %".174", 5
  %".211" = getelementptr inbounds float, ptr %"ap", i64 %".210"
  %".212" = load float, ptr %".211"
  %".213" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".214" = shufflevector <16 x float> %".213", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".215" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".214", <16 x float> %".170", <16 x float> %".164")
  %".216" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".214", <16 x float> %".173", <16 x float> %".165")
  %".217" = add i64 %"k", 4
  %".218" = icmp slt i64 %".217", %".10"
  br i1 %".218", label %"main", label %"mid"
mid:
  %".220" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".180", %"main"]
  %".221" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".181", %"main"]
  %".222" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".187", %"main"]
  %".223" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".188", %"main"]
  %".224" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".194", %"main"]
  %".225" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".195", %"main"]
  %".226" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".201", %"main"]
  %".227" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".202", %"main"]
  %".228" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".208", %"main"]
  %".229" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".209", %"main"]
  %".230" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".215", %"main"]
  %".231" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".216", %"main"]
  %".232" = icmp slt i64 %".10", %"kc"
  br i1 %".232", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".296", %"rem"]
  %".234" = phi  <16 x float> [%".220", %"mid"], [%".259", %"rem"]
  %".235" = phi  <16 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".236" = phi  <16 x float> [%".222", %"mid"], [%".266", %"rem"]
  %".237" = phi  <16 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".238" = phi  <16 x float> [%".224", %"mid"], [%".273", %"rem"]
  %".239" = phi  <16 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".240" = phi  <16 x float> [%".226", %"mid"], [%".280", %"rem"]
  %".241" = phi  <16 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".242" = phi  <16 x float> [%".228", %"mid"], [%".287", %"rem"]
  %".243" = phi  <16 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".244" = phi  <16 x float> [%".230", %"mid"], [%".294", %"rem"]
  %".245" = phi  <16 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".246" = mul i64 %"k1", 32
  %".247" = add i64 %".246", 0
  %".248" = getelementptr inbounds float, ptr %"bp", i64 %".247"
  %".249" = load <16 x float>, ptr %".248", align 64
  %".250" = add i64 %".246", 16
  %".251" = getelementptr inbounds float, ptr %"bp", i64 %".250"
  %".252" = load <16 x float>, ptr %".251", align 64
  %".253" = mul i64 %"k1", 12
  %".254" = add i64 %".253", 0
  %".255" = getelementptr inbounds float, ptr %"ap", i64 %".254"
  %".256" = load float, ptr %".255"
  %".257" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".256", i32 0
  %".258" = shufflevector <16 x float> %".257", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".259" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".258", <16 x float> %".249", <16 x float> %".234")
  %".260" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".258", <16 x float> %".252", <16 x float> %".235")
  %".261" = add i64 %".253", 1
  %".262" = getelementptr inbounds float, ptr %"ap", i64 %".261"
  %".263" = load float, ptr %".262"
  %".264" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".263", i32 0
  %".265" = shufflevector <16 x float> %".264", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".266" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".265", <16 x float> %".249", <16 x float> %".236")
  %".267" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".265", <16 x float> %".252", <16 x float> %".237")
  %".268" = add i64 %".253", 2
  %".269" = getelementptr inbounds float, ptr %"ap", i64 %".268"
  %".270" = load float, ptr %".269"
  %".271" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".270", i32 0
  %".272" = shufflevector <16 x float> %".271", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".273" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".272", <16 x float> %".249", <16 x float> %".238")
  %".274" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".272", <16 x float> %".252", <16 x float> %".239")
  %".275" = add i64 %".253", 3
  %".276" = getelementptr inbounds float, ptr %"ap", i64 %".275"
  %".277" = load float, ptr %".276"
  %".278" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".277", i32 0
  %".279" = shufflevector <16 x float> %".278", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".280" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".279", <16 x float> %".249", <16 x float> %".240")
  %".281" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".279", <16 x float> %".252", <16 x float> %".241")
  %".282" = add i64 %".253", 4
  %".283" = getelementptr inbounds float, ptr %"ap", i64 %".282"
  %".284" = load float, ptr %".283"
  %".285" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".284", i32 0
  %".286" = shufflevector <16 x float> %".285", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".287" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".286", <16 x float> %".249", <16 x float> %".242")
  %".288" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".286", <16 x float> %".252", <16 x float> %".243")
  %".289" = add i64 %".253", 5
  %".290" = getelementptr inbounds float, ptr %"ap", i64 %".289"
  %".291" = load float, ptr %".290"
  %".292" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".291", i32 0
  %".293" = shufflevector <16 x float> %".292", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".294" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".293", <16 x float> %".249", <16 x float> %".244")
  %".295" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".293", <16 x float> %".252", <16 x float> %".245")
  %".296" = add i64 %"k1", 1
  %".297" = icmp slt i64 %".296", %"kc"
  br i1 %".297", label %"rem", label %"tail"
tail:
  %".299" = phi  <16 x float> [%".220", %"mid"], [%".259", %"rem"]
  %".300" = phi  <16 x float> [%".221", %"mid"], [%".260", %"rem"]
  %".301" = phi  <16 x float> [%".222", %"mid"], [%".266", %"rem"]
  %".302" = phi  <16 x float> [%".223", %"mid"], [%".267", %"rem"]
  %".303" = phi  <16 x float> [%".224", %"mid"], [%".273", %"rem"]
  %".304" = phi  <16 x float> [%".225", %"mid"], [%".274", %"rem"]
  %".305" = phi  <16 x float> [%".226", %"mid"], [%".280", %"rem"]
  %".306" = phi  <16 x float> [%".227", %"mid"], [%".281", %"rem"]
  %".307" = phi  <16 x float> [%".228", %"mid"], [%".287", %"rem"]
  %".308" = phi  <16 x float> [%".229", %"mid"], [%".288", %"rem"]
  %".309" = phi  <16 x float> [%".230", %"mid"], [%".294", %"rem"]
  %".310" = phi  <16 x float> [%".231", %"mid"], [%".295", %"rem"]
  %".311" = icmp eq i64 %"mr", 6
  %".312" = icmp eq i64 %"nr", 32
  %".313" = and i1 %".311", %".312"
  br i1 %".313", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".439" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".440" = shufflevector <16 x i64> %".439", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".441" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".440"
  %".442" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".440"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row5" i64 2, label %"row4" i64 3, label %"row3" i64 4, label %"row2" i64 5, label %"row1" i64 6, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".316" = mul i64 0, %"ldc"
  %".317" = add i64 %".316", 0
  %".318" = getelementptr inbounds float, ptr %"c", i64 %".317"
  store <16 x float> %".299", ptr %".318", align 4
  %".320" = mul i64 0, %"ldc"
  %".321" = add i64 %".320", 16
  %".322" = getelementptr inbounds float, ptr %"c", i64 %".321"
  store <16 x float> %".300", ptr %".322", align 4
  %".324" = mul i64 1, %"ldc"
  %".325" = add i64 %".324", 0
  %".326" = getelementptr inbounds float, ptr %"c", i64 %".325"
  store <16 x float> %".301", ptr %".326", align 4
  %".328" = mul i64 1, %"ldc"
  %".329" = add i64 %".328", 16
  %".330" = getelementptr inbounds float, ptr %"c", i64 %".329"
  store <16 x float> %".302", ptr %".330", align 4
  %".332" = mul i64 2, %"ldc"
  %".333" = add i64 %".332", 0
  %".334" = getelementptr inbounds float, ptr %"c", i64 %".333"
  store <16 x float> %".303", ptr %".334", align 4
  %".336" = mul i64 2, %"ldc"
  %".337" = add i64 %".336", 16
  %".338" = getelementptr inbounds float, ptr %"c", i64 %".337"
  store <16 x float> %".304", ptr %".338", align 4
  %".340" = mul i64 3, %"ldc"
  %".341" = add i64 %".340", 0
  %".342" = getelementptr inbounds float, ptr %"c", i64 %".341"
  store <16 x float> %".305", ptr %".342", align 4
  %".344" = mul i64 3, %"ldc"
  %".345" = add i64 %".344", 16
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  store <16 x float> %".306", ptr %".346", align 4
  %".348" = mul i64 4, %"ldc"
  %".349" = add i64 %".348", 0
  %".350" = getelementptr inbounds float, ptr %"c", i64 %".349"
  store <16 x float> %".307", ptr %".350", align 4
  %".352" = mul i64 4, %"ldc"
  %".353" = add i64 %".352", 16
  %".354" = getelementptr inbounds float, ptr %"c", i64 %".353"
  store <16 x float> %".308", ptr %".354", align 4
  %".356" = mul i64 5, %"ldc"
  %".357" = add i64 %".356", 0
  %".358" = getelementptr inbounds float, ptr %"c", i64 %".357"
  store <16 x float> %".309", ptr %".358", align 4
  %".360" = mul i64 5, %"ldc"
  %".361" = add i64 %".360", 16
  %".362" = getelementptr inbounds float, ptr %"c", i64 %".361"
  store <16 x float> %".310", ptr %".362", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".365" = mul i64 0, %"ldc"
  %".366" = add i64 %".365", 0
  %".367" = getelementptr inbounds float, ptr %"c", i64 %".366"
  %".368" = load <16 x float>, ptr %".367", align 4
  %".369" = fadd reassoc contract nsz <16 x float> %".368", %".299"
  store <16 x float> %".369", ptr %".367", align 4
  %".371" = mul i64 0, %"ldc"
  %".372" = add i64 %".371", 16
  %".373" = getelementptr inbounds float, ptr %"c", i64 %".372"
  %".374" = load <16 x float>, ptr %".373", align 4
  %".375" = fadd reassoc contract nsz <16 x float> %".374", %".300"
  store <16 x float> %".375", ptr %".373", align 4
  %".377" = mul i64 1, %"ldc"
  %".378" = add i64 %".377", 0
  %".379" = getelementptr inbounds float, ptr %"c", i64 %".378"
  %".380" = load <16 x float>, ptr %".379", align 4
  %".381" = fadd reassoc contract nsz <16 x float> %".380", %".301"
  store <16 x float> %".381", ptr %".379", align 4
  %".383" = mul i64 1, %"ldc"
  %".384" = add i64 %".383", 16
  %".385" = getelementptr inbounds float, ptr %"c", i64 %".384"
  %".386" = load <16 x float>, ptr %".385", align 4
  %".387" = fadd reassoc contract nsz <16 x float> %".386", %".302"
  store <16 x float> %".387", ptr %".385", align 4
  %".389" = mul i64 2, %"ldc"
  %".390" = add i64 %".389", 0
  %".391" = getelementptr inbounds float, ptr %"c", i64 %".390"
  %".392" = load <16 x float>, ptr %".391", align 4
  %".393" = fadd reassoc contract nsz <16 x float> %".392", %".303"
  store <16 x float> %".393", ptr %".391", align 4
  %".395" = mul i64 2, %"ldc"
  %".396" = add i64 %".395", 16
  %".397" = getelementptr inbounds float, ptr %"c", i64 %".396"
  %".398" = load <16 x float>, ptr %".397", align 4
  %".399" = fadd reassoc contract nsz <16 x float> %".398", %".304"
  store <16 x float> %".399", ptr %".397", align 4
  %".401" = mul i64 3, %"ldc"
  %".402" = add i64 %".401", 0
  %".403" = getelementptr inbounds float, ptr %"c", i64 %".402"
  %".404" = load <16 x float>, ptr %".403", align 4
  %".405" = fadd reassoc contract nsz <16 x float> %".404", %".305"
  store <16 x float> %".405", ptr %".403", align 4
  %".407" = mul i64 3, %"ldc"
  %".408" = add i64 %".407", 16
  %".409" = getelementptr inbounds float, ptr %"c", i64 %".408"
  %".410" = load <16 x float>, ptr %".409", align 4
  %".411" = fadd reassoc contract nsz <16 x float> %".410", %".306"
  store <16 x float> %".411", ptr %".409", align 4
  %".413" = mul i64 4, %"ldc"
  %".414" = add i64 %".413", 0
  %".415" = getelementptr inbounds float, ptr %"c", i64 %".414"
  %".416" = load <16 x float>, ptr %".415", align 4
  %".417" = fadd reassoc contract nsz <16 x float> %".416", %".307"
  store <16 x float> %".417", ptr %".415", align 4
  %".419" = mul i64 4, %"ldc"
  %".420" = add i64 %".419", 16
  %".421" = getelementptr inbounds float, ptr %"c", i64 %".420"
  %".422" = load <16 x float>, ptr %".421", align 4
  %".423" = fadd reassoc contract nsz <16 x float> %".422", %".308"
  store <16 x float> %".423", ptr %".421", align 4
  %".425" = mul i64 5, %"ldc"
  %".426" = add i64 %".425", 0
  %".427" = getelementptr inbounds float, ptr %"c", i64 %".426"
  %".428" = load <16 x float>, ptr %".427", align 4
  %".429" = fadd reassoc contract nsz <16 x float> %".428", %".309"
  store <16 x float> %".429", ptr %".427", align 4
  %".431" = mul i64 5, %"ldc"
  %".432" = add i64 %".431", 16
  %".433" = getelementptr inbounds float, ptr %"c", i64 %".432"
  %".434" = load <16 x float>, ptr %".433", align 4
  %".435" = fadd reassoc contract nsz <16 x float> %".434", %".310"
  store <16 x float> %".435", ptr %".433", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".444" = mul i64 5, %"ldc"
  %".445" = add i64 %".444", 0
  %".446" = getelementptr inbounds float, ptr %"c", i64 %".445"
  %".447" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".446", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".448" = fadd reassoc contract nsz <16 x float> %".447", %".309"
  %".449" = select  i1 %"first", <16 x float> %".309", <16 x float> %".448"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".449", ptr %".446", i32 4, <16 x i1> %".441")
  %".451" = mul i64 5, %"ldc"
  %".452" = add i64 %".451", 16
  %".453" = getelementptr inbounds float, ptr %"c", i64 %".452"
  %".454" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".453", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".455" = fadd reassoc contract nsz <16 x float> %".454", %".310"
  %".456" = select  i1 %"first", <16 x float> %".310", <16 x float> %".455"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".456", ptr %".453", i32 4, <16 x i1> %".442")
  br label %"row1"
row1:
  %".459" = mul i64 4, %"ldc"
  %".460" = add i64 %".459", 0
  %".461" = getelementptr inbounds float, ptr %"c", i64 %".460"
  %".462" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".461", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".463" = fadd reassoc contract nsz <16 x float> %".462", %".307"
  %".464" = select  i1 %"first", <16 x float> %".307", <16 x float> %".463"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".464", ptr %".461", i32 4, <16 x i1> %".441")
  %".466" = mul i64 4, %"ldc"
  %".467" = add i64 %".466", 16
  %".468" = getelementptr inbounds float, ptr %"c", i64 %".467"
  %".469" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".468", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".470" = fadd reassoc contract nsz <16 x float> %".469", %".308"
  %".471" = select  i1 %"first", <16 x float> %".308", <16 x float> %".470"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".471", ptr %".468", i32 4, <16 x i1> %".442")
  br label %"row2"
row2:
  %".474" = mul i64 3, %"ldc"
  %".475" = add i64 %".474", 0
  %".476" = getelementptr inbounds float, ptr %"c", i64 %".475"
  %".477" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".476", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".478" = fadd reassoc contract nsz <16 x float> %".477", %".305"
  %".479" = select  i1 %"first", <16 x float> %".305", <16 x float> %".478"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".479", ptr %".476", i32 4, <16 x i1> %".441")
  %".481" = mul i64 3, %"ldc"
  %".482" = add i64 %".481", 16
  %".483" = getelementptr inbounds float, ptr %"c", i64 %".482"
  %".484" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".483", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".485" = fadd reassoc contract nsz <16 x float> %".484", %".306"
  %".486" = select  i1 %"first", <16 x float> %".306", <16 x float> %".485"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".486", ptr %".483", i32 4, <16 x i1> %".442")
  br label %"row3"
row3:
  %".489" = mul i64 2, %"ldc"
  %".490" = add i64 %".489", 0
  %".491" = getelementptr inbounds float, ptr %"c", i64 %".490"
  %".492" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".491", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".493" = fadd reassoc contract nsz <16 x float> %".492", %".303"
  %".494" = select  i1 %"first", <16 x float> %".303", <16 x float> %".493"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".494", ptr %".491", i32 4, <16 x i1> %".441")
  %".496" = mul i64 2, %"ldc"
  %".497" = add i64 %".496", 16
  %".498" = getelementptr inbounds float, ptr %"c", i64 %".497"
  %".499" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".498", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".500" = fadd reassoc contract nsz <16 x float> %".499", %".304"
  %".501" = select  i1 %"first", <16 x float> %".304", <16 x float> %".500"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".501", ptr %".498", i32 4, <16 x i1> %".442")
  br label %"row4"
row4:
  %".504" = mul i64 1, %"ldc"
  %".505" = add i64 %".504", 0
  %".506" = getelementptr inbounds float, ptr %"c", i64 %".505"
  %".507" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".506", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".508" = fadd reassoc contract nsz <16 x float> %".507", %".301"
  %".509" = select  i1 %"first", <16 x float> %".301", <16 x float> %".508"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".509", ptr %".506", i32 4, <16 x i1> %".441")
  %".511" = mul i64 1, %"ldc"
  %".512" = add i64 %".511", 16
  %".513" = getelementptr inbounds float, ptr %"c", i64 %".512"
  %".514" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".513", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".515" = fadd reassoc contract nsz <16 x float> %".514", %".302"
  %".516" = select  i1 %"first", <16 x float> %".302", <16 x float> %".515"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".516", ptr %".513", i32 4, <16 x i1> %".442")
  br label %"row5"
row5:
  %".519" = mul i64 0, %"ldc"
  %".520" = add i64 %".519", 0
  %".521" = getelementptr inbounds float, ptr %"c", i64 %".520"
  %".522" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".521", i32 4, <16 x i1> %".441", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".523" = fadd reassoc contract nsz <16 x float> %".522", %".299"
  %".524" = select  i1 %"first", <16 x float> %".299", <16 x float> %".523"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".524", ptr %".521", i32 4, <16 x i1> %".441")
  %".526" = mul i64 0, %"ldc"
  %".527" = add i64 %".526", 16
  %".528" = getelementptr inbounds float, ptr %"c", i64 %".527"
  %".529" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".528", i32 4, <16 x i1> %".442", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".530" = fadd reassoc contract nsz <16 x float> %".529", %".300"
  %".531" = select  i1 %"first", <16 x float> %".300", <16 x float> %".530"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".531", ptr %".528", i32 4, <16 x i1> %".442")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel4"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".161", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".138", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".139", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".145", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".146", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".152", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".153", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".159", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".160", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 32
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <16 x float>, ptr %".16", align 64
  %".18" = add i64 %".14", 16
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <16 x float>, ptr %".19", align 64
  %".21" = mul i64 %".13", 12
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <16 x float> %".25", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".17", <16 x float> %"acc0")
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".20", <16 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <16 x float> %".32", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".17", <16 x float> %"acc2")
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".20", <16 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <16 x float> %".39", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".17", <16 x float> %"acc4")
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".20", <16 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <16 x float> %".46", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".17", <16 x float> %"acc6")
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".20", <16 x float> %"acc7")
  %".50" = add i64 %"k", 1
  %".51" = mul i64 %".50", 32
  %".52" = add i64 %".51", 0
  %".53" = getelementptr inbounds float, ptr %"bp", i64 %".52"
  %".54" = load <16 x float>, ptr %".53", align 64
  %".55" = add i64 %".51", 16
  %".56" = getelementptr inbounds float, ptr %"bp", i64 %".55"
  %".57" = load <16 x float>, ptr %".56", align 64
  %".58" = mul i64 %".50", 12
  %".59" = add i64 %".58", 0
  %".60" = getelementptr inbounds float, ptr %"ap", i64 %".59"
  %".61" = load float, ptr %".60"
  %".62" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".61", i32 0
  %".63" = shufflevector <16 x float> %".62", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".64" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".63", <16 x float> %".54", <16 x float> %".27")
  %".65" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".63", <16 x float> %".57", <16 x float> %".28")
  %".66" = add i64 %".58", 1
  %".67" = getelementptr inbounds float, ptr %"ap", i64 %".66"
  %".68" = load float, ptr %".67"
  %".69" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <16 x float> %".69", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".70", <16 x float> %".54", <16 x float> %".34")
  %".72" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".70", <16 x float> %".57", <16 x float> %".35")
  %".73" = add i64 %".58", 2
  %".74" = getelementptr inbounds float, ptr %"ap", i64 %".73"
  %".75" = load float, ptr %".74"
  %".76" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <16 x float> %".76", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".54", <16 x float> %".41")
  %".79" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".77", <16 x float> %".57", <16 x float> %".42")
  %".80" = add i64 %".58", 3
  %".81" = getelementptr inbounds float, ptr %"ap", i64 %".80"
  %".82" = load float, ptr %".81"
  %".83" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <16 x float> %".83", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".84", <16 x float> %".54", <16 x float> %".48")
  %".86" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".84", <16 x float> %".57", <16 x float> %".49")
  %".87" = add i64 %"k", 2
  %".88" = mul i64 %".87", 32
  %".89" = add i64 %".88", 0
  %".90" = getelementptr inbounds float, ptr %"bp", i64 %".89"
  %".91" = load <16 x float>, ptr %".90", align 64
  %".92" = add i64 %".88", 16
  %".93" = getelementptr inbounds float, ptr %"bp", i64 %".92"
  %".94" = load <16 x float>, ptr %".93", align 64
  %".95" = mul i64 %".87", 12
  %".96" = add i64 %".95", 0
  %".97" = getelementptr inbounds float, ptr %"ap", i64 %".96"
  %".98" = load float, ptr %".97"
  %".99" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <16 x float> %".99", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".100", <16 x float> %".91", <16 x float> %".64")
  %".102" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".100", <16 x float> %".94", <16 x float> %".65")
  %".103" = add i64 %".95", 1
  %".104" = getelementptr inbounds float, ptr %"ap", i64 %".103"
  %".105" = load float, ptr %".104"
  %".106" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".105", i32 0
  %".107" = shufflevector <16 x float> %".106", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".108" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".107", <16 x float> %".91", <16 x float> %".71")
  %".109" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".107", <16 x float> %".94", <16 x float> %".72")
  %".110" = add i64 %".95", 2
  %".111" = getelementptr inbounds float, ptr %"ap", i64 %".110"
  %".112" = load float, ptr %".111"
  %".113" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".112", i32 0
  %".114" = shufflevector <16 x float> %".113", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".115" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".114", <16 x float> %".91", <16 x float> %".78")
  %".116" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".114", <16 x float> %".94", <16 x float> %".79")
  %".117" = add i64 %".95", 3
  %".118" = getelementptr inbounds float, ptr %"ap", i64 %".117"
  %".119" = load float, ptr %".118"
  %".120" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".119", i32 0
  %".121" = shufflevector <16 x float> %".120", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".122" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".121", <16 x float> %".91", <16 x float> %".85")
  %".123" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".121", <16 x float> %".94", <16 x float> %".86")
  %".124" = add i64 %"k", 3
  %".125" = mul i64 %".124", 32
  %".126" = add i64 %".125", 0
  %".127" = getelementptr inbounds float, ptr %"bp", i64 %".126"
  %".128" = load <16 x float>, ptr %".127", align 64
  %".129" = add i64 %".125", 16
  %".130" = getelementptr inbounds float, ptr %"bp", i64 %".129"
  %".131" = load <16 x float>, ptr %".130", align 64
  %".132" = mul i64 %".124", 12
  %".133" = add i64 %".132", 0
  %".134" = getelementptr inbounds float, ptr %"ap", i64 %".133"
  %".135" = load float, ptr %".134"
  %".136" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".135", i32 0
  %".137" = shufflevector <16 x float> %".136", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".137", <16 x float> %".128", <16 x float> %".101")
  %".139" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".137", <16 x float> %".131", <16 x float> %".102")
  %".140" = add i64 %".132", 1
  %".141" = getelementptr inbounds float, ptr %"ap", i64 %".140"
  %".142" = load float, ptr %".141"
  %".143" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".142", i32 0
  %".144" = shufflevector <16 x float> %".143", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".145" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".144", <16 x float> %".128", <16 x float> %".108")
  %".146" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".144", <16 x float> %".131", <16 x float> %".109")
  %".147" = add i64 %".132", 2
  %".148" = getelementptr inbounds float, ptr %"ap", i64 %".147"
  %".149" = load float, ptr %".148"
  %".150" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".149", i32 0
  %".151" = shufflevector <16 x float> %".150", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".152" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".151", <16 x float> %".128", <16 x float> %".115")
  %".153" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".151", <16 x float> %".131", <16 x float> %".116")
  %".154" = add i64 %".132", 3
  %".155" = getelementptr inbounds float, ptr %"ap", i64 %".154"
  %".156" = load float, ptr %".155"
  %".157" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".156", i32 0
  %".158" = shufflevector <16 x float> %".157", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".159" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".158", <16 x float> %".128", <16 x float> %".122")
  %".160" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".158", <16 x float> %".131", <16 x float> %".123")
  %".161" = add i64 %"k", 4
  %".162" = icmp slt i64 %".161", %".10"
  br i1 %".162", label %"main", label %"mid"
mid:
  %".164" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".138", %"main"]
  %".165" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".139", %"main"]
  %".166" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".145", %"main"]
  %".167" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".146", %"main"]
  %".168" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".152", %"main"]
  %".169" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".153", %"main"]
  %".170" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".159", %"main"]
  %".171" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".160", %"main"]
  %".172" = icmp slt i64 %".10", %"kc"
  br i1 %".172", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".218", %"rem"]
  %".174" = phi  <16 x float> [%".164", %"mid"], [%".195", %"rem"]
  %".175" = phi  <16 x float> [%".165", %"mid"], [%".196", %"rem"]
  %".176" = phi  <16 x float> [%".166", %"mid"], [%".202", %"rem"]
  %".177" = phi  <16 x float> [%".167", %"mid"], [%".203", %"rem"]
  %".178" = phi  <16 x float> [%".168", %"mid"], [%".209", %"rem"]
  %".179" = phi  <16 x float> [%".169", %"mid"], [%".210", %"rem"]
  %".180" = phi  <16 x float> [%".170", %"mid"], [%".216", %"rem"]
  %".181" = phi  <16 x float> [%".171", %"mid"], [%".217", %"rem"]
  %".182" = mul i64 %"k1", 32
  %".183" = add i64 %".182", 0
  %".184" = getelementptr inbounds float, ptr %"bp", i64 %".183"
  %".185" = load <16 x float>, ptr %".184", align 64
  %".186" = add i64 %".182", 16
  %".187" = getelementptr inbounds float, ptr %"bp", i64 %".186"
  %".188" = load <16 x float>, ptr %".187", align 64
  %".189" = mul i64 %"k1", 12
  %".190" = add i64 %".189", 0
  %".191" = getelementptr inbounds float, ptr %"ap", i64 %".190"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <16 x float> %".193", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".194", <16 x float> %".185", <16 x float> %".174")
  %".196" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".194", <16 x float> %".188", <16 x float> %".175")
  %".197" = add i64 %".189", 1
  %".198" = getelementptr inbounds float, ptr %"ap", i64 %".197"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <16 x float> %".200", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".201", <16 x float> %".185", <16 x float> %".176")
  %".203" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".201", <16 x float> %".188", <16 x float> %".177")
  %".204" = add i64 %".189", 2
  %".205" = getelementptr inbounds float, ptr %"ap", i64 %".204"
  %".206" = load float, ptr %".205"
  %".207" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <16 x float> %".207", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".208", <16 x float> %".185", <16 x float> %".178")
  %".210" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".208", <16 x float> %".188", <16 x float> %".179")
  %".211" = add i64 %".189", 3
  %".212" = getelementptr inbounds float, ptr %"ap", i64 %".211"
  %".213" = load float, ptr %".212"
  %".214" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <16 x float> %".214", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".215", <16 x float> %".185", <16 x float> %".180")
  %".217" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".215", <16 x float> %".188", <16 x float> %".181")
  %".218" = add i64 %"k1", 1
  %".219" = icmp slt i64 %".218", %"kc"
  br i1 %".219", label %"rem", label %"tail"
tail:
  %".221" = phi  <16 x float> [%".164", %"mid"], [%".195", %"rem"]
  %".222" = phi  <16 x float> [%".165", %"mid"], [%".196", %"rem"]
  %".223" = phi  <16 x float> [%".166", %"mid"], [%".202", %"rem"]
  %".224" = phi  <16 x float> [%".167", %"mid"], [%".203", %"rem"]
  %".225" = phi  <16 x float> [%".168", %"mid"], [%".209", %"rem"]
  %".226" = phi  <16 x float> [%".169", %"mid"], [%".210", %"rem"]
  %".227" = phi  <16 x float> [%".170", %"mid"], [%".216", %"rem"]
  %".228" = phi  <16 x float> [%".171", %"mid"], [%".217", %"rem"]
  %".229" = icmp eq i64 %"mr", 4
  %".230" = icmp eq i64 %"nr", 32
  %".231" = and i1 %".229", %".230"
  br i1 %".231", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".317" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".318" = shufflevector <16 x i64> %".317", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".319" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".318"
  %".320" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".318"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row3" i64 2, label %"row2" i64 3, label %"row1" i64 4, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".234" = mul i64 0, %"ldc"
  %".235" = add i64 %".234", 0
  %".236" = getelementptr inbounds float, ptr %"c", i64 %".235"
  store <16 x float> %".221", ptr %".236", align 4
  %".238" = mul i64 0, %"ldc"
  %".239" = add i64 %".238", 16
  %".240" = getelementptr inbounds float, ptr %"c", i64 %".239"
  store <16 x float> %".222", ptr %".240", align 4
  %".242" = mul i64 1, %"ldc"
  %".243" = add i64 %".242", 0
  %".244" = getelementptr inbounds float, ptr %"c", i64 %".243"
  store <16 x float> %".223", ptr %".244", align 4
  %".246" = mul i64 1, %"ldc"
  %".247" = add i64 %".246", 16
  %".248" = getelementptr inbounds float, ptr %"c", i64 %".247"
  store <16 x float> %".224", ptr %".248", align 4
  %".250" = mul i64 2, %"ldc"
  %".251" = add i64 %".250", 0
  %".252" = getelementptr inbounds float, ptr %"c", i64 %".251"
  store <16 x float> %".225", ptr %".252", align 4
  %".254" = mul i64 2, %"ldc"
  %".255" = add i64 %".254", 16
  %".256" = getelementptr inbounds float, ptr %"c", i64 %".255"
  store <16 x float> %".226", ptr %".256", align 4
  %".258" = mul i64 3, %"ldc"
  %".259" = add i64 %".258", 0
  %".260" = getelementptr inbounds float, ptr %"c", i64 %".259"
  store <16 x float> %".227", ptr %".260", align 4
  %".262" = mul i64 3, %"ldc"
  %".263" = add i64 %".262", 16
  %".264" = getelementptr inbounds float, ptr %"c", i64 %".263"
  store <16 x float> %".228", ptr %".264", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".267" = mul i64 0, %"ldc"
  %".268" = add i64 %".267", 0
  %".269" = getelementptr inbounds float, ptr %"c", i64 %".268"
  %".270" = load <16 x float>, ptr %".269", align 4
  %".271" = fadd reassoc contract nsz <16 x float> %".270", %".221"
  store <16 x float> %".271", ptr %".269", align 4
  %".273" = mul i64 0, %"ldc"
  %".274" = add i64 %".273", 16
  %".275" = getelementptr inbounds float, ptr %"c", i64 %".274"
  %".276" = load <16 x float>, ptr %".275", align 4
  %".277" = fadd reassoc contract nsz <16 x float> %".276", %".222"
  store <16 x float> %".277", ptr %".275", align 4
  %".279" = mul i64 1, %"ldc"
  %".280" = add i64 %".279", 0
  %".281" = getelementptr inbounds float, ptr %"c", i64 %".280"
  %".282" = load <16 x float>, ptr %".281", align 4
  %".283" = fadd reassoc contract nsz <16 x float> %".282", %".223"
  store <16 x float> %".283", ptr %".281", align 4
  %".285" = mul i64 1, %"ldc"
  %".286" = add i64 %".285", 16
  %".287" = getelementptr inbounds float, ptr %"c", i64 %".286"
  %".288" = load <16 x float>, ptr %".287", align 4
  %".289" = fadd reassoc contract nsz <16 x float> %".288", %".224"
  store <16 x float> %".289", ptr %".287", align 4
  %".291" = mul i64 2, %"ldc"
  %".292" = add i64 %".291", 0
  %".293" = getelementptr inbounds float, ptr %"c", i64 %".292"
  %".294" = load <16 x float>, ptr %".293", align 4
  %".295" = fadd reassoc contract nsz <16 x float> %".294", %".225"
  store <16 x float> %".295", ptr %".293", align 4
  %".297" = mul i64 2, %"ldc"
  %".298" = add i64 %".297", 16
  %".299" = getelementptr inbounds float, ptr %"c", i64 %".298"
  %".300" = load <16 x float>, ptr %".299", align 4
  %".301" = fadd reassoc contract nsz <16 x float> %".300", %".226"
  store <16 x float> %".301", ptr %".299", align 4
  %".303" = mul i64 3, %"ldc"
  %".304" = add i64 %".303", 0
  %".305" = getelementptr inbounds float, ptr %"c", i64 %".304"
  %".306" = load <16 x float>, ptr %".305", align 4
  %".307" = fadd reassoc contract nsz <16 x float> %".306", %".227"
  store <16 x float> %".307", ptr %".305", align 4
  %".309" = mul i64 3, %"ldc"
  %".310" = add i64 %".309", 16
  %".311" = getelementptr inbounds float, ptr %"c", i64 %".310"
  %".312" = load <16 x float>, ptr %".311", align 4
  %".313" = fadd reassoc contract nsz <16 x float> %".312", %".228"
  store <16 x float> %".313", ptr %".311", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".322" = mul i64 3, %"ldc"
  %".323" = add i64 %".322", 0
  %".324" = getelementptr inbounds float, ptr %"c", i64 %".323"
  %".325" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".324", i32 4, <16 x i1> %".319", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".326" = fadd reassoc contract nsz <16 x float> %".325", %".227"
  %".327" = select  i1 %"first", <16 x float> %".227", <16 x float> %".326"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".327", ptr %".324", i32 4, <16 x i1> %".319")
  %".329" = mul i64 3, %"ldc"
  %".330" = add i64 %".329", 16
  %".331" = getelementptr inbounds float, ptr %"c", i64 %".330"
  %".332" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".331", i32 4, <16 x i1> %".320", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".333" = fadd reassoc contract nsz <16 x float> %".332", %".228"
  %".334" = select  i1 %"first", <16 x float> %".228", <16 x float> %".333"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".334", ptr %".331", i32 4, <16 x i1> %".320")
  br label %"row1"
row1:
  %".337" = mul i64 2, %"ldc"
  %".338" = add i64 %".337", 0
  %".339" = getelementptr inbounds float, ptr %"c", i64 %".338"
  %".340" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".339", i32 4, <16 x i1> %".319", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".341" = fadd reassoc contract nsz <16 x float> %".340", %".225"
  %".342" = select  i1 %"first", <16 x float> %".225", <16 x float> %".341"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".342", ptr %".339", i32 4, <16 x i1> %".319")
  %".344" = mul i64 2, %"ldc"
  %".345" = add i64 %".344", 16
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  %".347" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".346", i32 4, <16 x i1> %".320", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".348" = fadd reassoc contract nsz <16 x float> %".347", %".226"
  %".349" = select  i1 %"first", <16 x float> %".226", <16 x float> %".348"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".349", ptr %".346", i32 4, <16 x i1> %".320")
  br label %"row2"
row2:
  %".352" = mul i64 1, %"ldc"
  %".353" = add i64 %".352", 0
  %".354" = getelementptr inbounds float, ptr %"c", i64 %".353"
  %".355" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".354", i32 4, <16 x i1> %".319", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".356" = fadd reassoc contract nsz <16 x float> %".355", %".223"
  %".357" = select  i1 %"first", <16 x float> %".223", <16 x float> %".356"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".357", ptr %".354", i32 4, <16 x i1> %".319")
  %".359" = mul i64 1, %"ldc"
  %".360" = add i64 %".359", 16
  %".361" = getelementptr inbounds float, ptr %"c", i64 %".360"
  %".362" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".361", i32 4, <16 x i1> %".320", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".363" = fadd reassoc contract nsz <16 x float> %".362", %".224"
  %".364" = select  i1 %"first", <16 x float> %".224", <16 x float> %".363"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".364", ptr %".361", i32 4, <16 x i1> %".320")
  br label %"row3"
row3:
  %".367" = mul i64 0, %"ldc"
  %".368" = add i64 %".367", 0
  %".369" = getelementptr inbounds float, ptr %"c", i64 %".368"
  %".370" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".369", i32 4, <16 x i1> %".319", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".371" = fadd reassoc contract nsz <16 x float> %".370", %".221"
  %".372" = select  i1 %"first", <16 x float> %".221", <16 x float> %".371"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".372", ptr %".369", i32 4, <16 x i1> %".319")
  %".374" = mul i64 0, %"ldc"
  %".375" = add i64 %".374", 16
  %".376" = getelementptr inbounds float, ptr %"c", i64 %".375"
  %".377" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".376", i32 4, <16 x i1> %".320", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".378" = fadd reassoc contract nsz <16 x float> %".377", %".222"
  %".379" = select  i1 %"first", <16 x float> %".222", <16 x float> %".378"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".379", ptr %".376", i32 4, <16 x i1> %".320")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.ukernel8"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".10" = and i64 %"kc", -4
  %".11" = icmp sgt i64 %".10", 0
  br i1 %".11", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".273", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".222", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".223", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".229", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".230", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".236", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".237", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".243", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".244", %"main"]
  %"acc8" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".250", %"main"]
  %"acc9" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".251", %"main"]
  %"acc10" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".257", %"main"]
  %"acc11" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".258", %"main"]
  %"acc12" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".264", %"main"]
  %"acc13" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".265", %"main"]
  %"acc14" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".271", %"main"]
  %"acc15" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".272", %"main"]
  %".13" = add i64 %"k", 0
  %".14" = mul i64 %".13", 32
  %".15" = add i64 %".14", 0
  %".16" = getelementptr inbounds float, ptr %"bp", i64 %".15"
  %".17" = load <16 x float>, ptr %".16", align 64
  %".18" = add i64 %".14", 16
  %".19" = getelementptr inbounds float, ptr %"bp", i64 %".18"
  %".20" = load <16 x float>, ptr %".19", align 64
  %".21" = mul i64 %".13", 12
  %".22" = add i64 %".21", 0
  %".23" = getelementptr inbounds float, ptr %"ap", i64 %".22"
  %".24" = load float, ptr %".23"
  %".25" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".24", i32 0
  %".26" = shufflevector <16 x float> %".25", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".27" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".17", <16 x float> %"acc0")
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".26", <16 x float> %".20", <16 x float> %"acc1")
  %".29" = add i64 %".21", 1
  %".30" = getelementptr inbounds float, ptr %"ap", i64 %".29"
  %".31" = load float, ptr %".30"
  %".32" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".31", i32 0
  %".33" = shufflevector <16 x float> %".32", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".34" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".17", <16 x float> %"acc2")
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".33", <16 x float> %".20", <16 x float> %"acc3")
  %".36" = add i64 %".21", 2
  %".37" = getelementptr inbounds float, ptr %"ap", i64 %".36"
  %".38" = load float, ptr %".37"
  %".39" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".38", i32 0
  %".40" = shufflevector <16 x float> %".39", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".41" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".17", <16 x float> %"acc4")
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".40", <16 x float> %".20", <16 x float> %"acc5")
  %".43" = add i64 %".21", 3
  %".44" = getelementptr inbounds float, ptr %"ap", i64 %".43"
  %".45" = load float, ptr %".44"
  %".46" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".45", i32 0
  %".47" = shufflevector <16 x float> %".46", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".48" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".17", <16 x float> %"acc6")
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".47", <16 x float> %".20", <16 x float> %"acc7")
  %".50" = add i64 %".21", 4
  %".51" = getelementptr inbounds float, ptr %"ap", i64 %".50"
  %".52" = load float, ptr %".51"
  %".53" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".52", i32 0
  %".54" = shufflevector <16 x float> %".53", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".55" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".17", <16 x float> %"acc8")
  %".56" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".54", <16 x float> %".20", <16 x float> %"acc9")
  %".57" = add i64 %".21", 5
  %".58" = getelementptr inbounds float, ptr %"ap", i64 %".57"
  %".59" = load float, ptr %".58"
  %".60" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".59", i32 0
  %".61" = shufflevector <16 x float> %".60", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".62" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".17", <16 x float> %"acc10")
  %".63" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".61", <16 x float> %".20", <16 x float> %"acc11")
  %".64" = add i64 %".21", 6
  %".65" = getelementptr inbounds float, ptr %"ap", i64 %".64"
  %".66" = load float, ptr %".65"
  %".67" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".66", i32 0
  %".68" = shufflevector <16 x float> %".67", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".69" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".68", <16 x float> %".17", <16 x float> %"acc12")
  %".70" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".68", <16 x float> %".20", <16 x float> %"acc13")
  %".71" = add i64 %".21", 7
  %".72" = getelementptr inbounds float, ptr %"ap", i64 %".71"
  %".73" = load float, ptr %".72"
  %".74" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <16 x float> %".74", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".17", <16 x float> %"acc14")
  %".77" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".75", <16 x float> %".20", <16 x float> %"acc15")
  %".78" = add i64 %"k", 1
  %".79" = mul i64 %".78", 32
  %".80" = add i64 %".79", 0
  %".81" = getelementptr inbounds float, ptr %"bp", i64 %".80"
  %".82" = load <16 x float>, ptr %".81", align 64
  %".83" = add i64 %".79", 16
  %".84" = getelementptr inbounds float, ptr %"bp", i64 %".83"
  %".85" = load <16 x float>, ptr %".84", align 64
  %".86" = mul i64 %".78", 12
  %".87" = add i64 %".86", 0
  %".88" = getelementptr inbounds float, ptr %"ap", i64 %".87"
  %".89" = load float, ptr %".88"
  %".90" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <16 x float> %".90", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".91", <16 x float> %".82", <16 x float> %".27")
  %".93" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".91", <16 x float> %".85", <16 x float> %".28")
  %".94" = add i64 %".86", 1
  %".95" = getelementptr inbounds float, ptr %"ap", i64 %".94"
  %".96" = load float, ptr %".95"
  %".97" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <16 x float> %".97", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".98", <16 x float> %".82", <16 x float> %".34")
  %".100" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".98", <16 x float> %".85", <16 x float> %".35")
  %".101" = add i64 %".86", 2
  %".102" = getelementptr inbounds float, ptr %"ap", i64 %".101"
  %".103" = load float, ptr %".102"
  %".104" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".103", i32 0
  %".105" = shufflevector <16 x float> %".104", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".106" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".105", <16 x float> %".82", <16 x float> %".41")
  %".107" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".105", <16 x float> %".85", <16 x float> %".42")
  %".108" = add i64 %".86", 3
  %".109" = getelementptr inbounds float, ptr %"ap", i64 %".108"
  %".110" = load float, ptr %".109"
  %".111" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".110", i32 0
  %".112" = shufflevector <16 x float> %".111", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".113" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".112", <16 x float> %".82", <16 x float> %".48")
  %".114" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".112", <16 x float> %".85", <16 x float> %".49")
  %".115" = add i64 %".86", 4
  %".116" = getelementptr inbounds float, ptr %"ap", i64 %".115"
  %".117" = load float, ptr %".116"
  %".118" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".117", i32 0
  %".119" = shufflevector <16 x float> %".118", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".120" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".119", <16 x float> %".82", <16 x float> %".55")
  %".121" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".119", <16 x float> %".85", <16 x float> %".56")
  %".122" = add i64 %".86", 5
  %".123" = getelementptr inbounds float, ptr %"ap", i64 %".122"
  %".124" = load float, ptr %".123"
  %".125" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".124", i32 0
  %".126" = shufflevector <16 x float> %".125", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".127" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".126", <16 x float> %".82", <16 x float> %".62")
  %".128" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".126", <16 x float> %".85", <16 x float> %".63")
  %".129" = add i64 %".86", 6
  %".130" = getelementptr inbounds float, ptr %"ap", i64 %".129"
  %".131" = load float, ptr %".130"
  %".132" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".131", i32 0
  %".133" = shufflevector <16 x float> %".132", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".134" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".133", <16 x float> %".82", <16 x float> %".69")
  %".135" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".133", <16 x float> %".85", <16 x float> %".70")
  %".136" = add i64 %".86", 7
  %".137" = getelementptr inbounds float, ptr %"ap", i64 %".136"
  %".138" = load float, ptr %".137"
  %".139" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".138", i32 0
  %".140" = shufflevector <16 x float> %".139", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".141" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".140", <16 x float> %".82", <16 x float> %".76")
  %".142" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".140", <16 x float> %".85", <16 x float> %".77")
  %".143" = add i64 %"k", 2
  %".144" = mul i64 %".143", 32
  %".145" = add i64 %".144", 0
  %".146" = getelementptr inbounds float, ptr %"bp", i64 %".145"
  %".147" = load <16 x float>, ptr %".146", align 64
  %".148" = add i64 %".144", 16
  %".149" = getelementptr inbounds float, ptr %"bp", i64 %".148"
  %".150" = load <16 x float>, ptr %".149", align 64
  %".151" = mul i64 %".143", 12
  %".152" = add i64 %".151", 0
  %".153" = getelementptr inbounds float, ptr %"ap", i64 %".152"
  %".154" = load float, ptr %".153"
  %".155" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <16 x float> %".155", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".156", <16 x float> %".147", <16 x float> %".92")
  %".158" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".156", <16 x float> %".150", <16 x float> %".93")
  %".159" = add i64 %".151", 1
  %".160" = getelementptr inbounds float, ptr %"ap", i64 %".159"
  %".161" = load float, ptr %".160"
  %".162" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".161", i32 0
  %".163" = shufflevector <16 x float> %".162", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".164" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".163", <16 x float> %".147", <16 x float> %".99")
  %".165" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".163", <16 x float> %".150", <16 x float> %".100")
  %".166" = add i64 %".151", 2
  %".167" = getelementptr inbounds float, ptr %"ap", i64 %".166"
  %".168" = load float, ptr %".167"
  %".169" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".168", i32 0
  %".170" = shufflevector <16 x float> %".169", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".171" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".170", <16 x float> %".147", <16 x float> %".106")
  %".172" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".170", <16 x float> %".150", <16 x float> %".107")
  %".173" = add i64 %".151", 3
  %".174" = getelementptr inbounds float, ptr %"ap", i64 %".173"
  %".175" = load float, ptr %".174"
  %".176" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".175", i32 0
  %".177" = shufflevector <16 x float> %".176", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".178" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".177", <16 x float> %".147", <16 x float> %".113")
  %".179" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".177", <16 x float> %".150", <16 x float> %".114")
  %".180" = add i64 %".151", 4
  %".181" = getelementptr inbounds float, ptr %"ap", i64 %".180"
  %".182" = load float, ptr %".181"
  %".183" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".182", i32 0
  %".184" = shufflevector <16 x float> %".183", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".185" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".184", <16 x float> %".147", <16 x float> %".120")
  %".186" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".184", <16 x float> %".150", <16 x float> %".121")
  %".187" = add i64 %".151", 5
  %".188" = getelementptr inbounds float, ptr %"ap", i64 %".187"
  %".189" = load float, ptr %".188"
  %".190" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".189", i32 0
  %".191" = shufflevector <16 x float> %".190", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".192" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".191", <16 x float> %".147", <16 x float> %".127")
  %".193" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".191", <16 x float> %".150", <16 x float> %".128")
  %".194" = add i64 %".151", 6
  %".195" = getelementptr inbounds float, ptr %"ap", i64 %".194"
  %".196" = load float, ptr %".195"
  %".197" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".196", i32 0
  %".198" = shufflevector <16 x float> %".197", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".199" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".198", <16 x float> %".147", <16 x float> %".134")
  %".200" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".198", <16 x float> %".150", <16 x float> %".135")
  %".201" = add i64 %".151", 7
  %".202" = getelementptr inbounds float, ptr %"ap", i64 %".201"
  %".203" = load float, ptr %".202"
  %".204" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".203", i32 0
  %".205" = shufflevector <16 x float> %".204", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".206" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".205", <16 x float> %".147", <16 x float> %".141")
  %".207" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".205", <16 x float> %".150", <16 x float> %".142")
  %".208" = add i64 %"k", 3
  %".209" = mul i64 %".208", 32
  %".210" = add i64 %".209", 0
  %".211" = getelementptr inbounds float, ptr %"bp", i64 %".210"
  %".212" = load <16 x float>, ptr %".211", align 64
  %".213" = add i64 %".209", 16
  %".214" = getelementptr inbounds float, ptr %"bp", i64 %".213"
  %".215" = load <16 x float>, ptr %".214", align 64
  %".216" = mul i64 %".208", 12
  %".217" = add i64 %".216", 0
  %".218" = getelementptr inbounds float, ptr %"ap", i64 %".217"
  %".219" = load float, ptr %".218"
  %".220" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".219", i32 0
  %".221" = shufflevector <16 x float> %".220", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".222" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".221", <16 x float> %".212", <16 x float> %".157")
  %".223" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".221", <16 x float> %".215", <16 x float> %".158")
  %".224" = add i64 %".216", 1
  %".225" = getelementptr inbounds float, ptr %"ap", i64 %".224"
  %".226" = load float, ptr %".225"
  %".227" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".226", i32 0
  %".228" = shufflevector <16 x float> %".227", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".229" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".228", <16 x float> %".212", <16 x float> %".164")
  %".230" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".228", <16 x float> %".215", <16 x float> %".165")
  %".231" = add i64 %".216", 2
  %".232" = getelementptr inbounds float, ptr %"ap", i64 %".231"
  %".233" = load float, ptr %".232"
  %".234" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".233", i32 0
  %".235" = shufflevector <16 x float> %".234", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".236" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".235", <16 x float> %".212", <16 x float> %".171")
  %".237" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".235", <16 x float> %".215", <16 x float> %".172")
  %".238" = add i64 %".216", 3
  %".239" = getelementptr inbounds float, ptr %"ap", i64 %".238"
  %".240" = load float, ptr %".239"
  %".241" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".240", i32 0
  %".242" = shufflevector <16 x float> %".241", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".243" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".242", <16 x float> %".212", <16 x float> %".178")
  %".244" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".242", <16 x float> %".215", <16 x float> %".179")
  %".245" = add i64 %".216", 4
  %".246" = getelementptr inbounds float, ptr %"ap", i64 %".245"
  %".247" = load float, ptr %".246"
  %".248" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".247", i32 0
  %".249" = shufflevector <16 x float> %".248", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".250" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".249", <16 x float> %".212", <16 x float> %".185")
  %".251" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".249", <16 x float> %".215", <16 x float> %".186")
  %".252" = add i64 %".216", 5
  %".253" = getelementptr inbounds float, ptr %"ap", i64 %".252"
  %".254" = load float, ptr %".253"
  %".255" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".254", i32 0
  %".256" = shufflevector <16 x float> %".255", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".257" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".256", <16 x float> %".212", <16 x float> %".192")
  %".258" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".256", <16 x float> %".215", <16 x float> %".193")
  %".259" = add i64 %".216", 6
  %".260" = getelementptr inbounds float, ptr %"ap", i64 %".259"
  %".261" = load float, ptr %".260"
  %".262" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".261", i32 0
  %".263" = shufflevector <16 x float> %".262", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".264" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".263", <16 x float> %".212", <16 x float> %".199")
  %".265" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".263", <16 x float> %".215", <16 x float> %".200")
  %".266" = add i64 %".216", 7
  %".267" = getelementptr inbounds float, ptr %"ap", i64 %".266"
  %".268" = load float, ptr %".267"
  %".269" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".268", i32 0
  %".270" = shufflevector <16 x float> %".269", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".271" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".270", <16 x float> %".212", <16 x float> %".206")
  %".272" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".270", <16 x float> %".215", <16 x float> %".207")
  %".273" = add i64 %"k", 4
  %".274" = icmp slt i64 %".273", %".10"
  br i1 %".274", label %"main", label %"mid"
mid:
  %".276" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".222", %"main"]
  %".277" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".223", %"main"]
  %".278" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".229", %"main"]
  %".279" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".230", %"main"]
  %".280" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".236", %"main"]
  %".281" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".237", %"main"]
  %".282" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".243", %"main"]
  %".283" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".244", %"main"]
  %".284" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".250", %"main"]
  %".285" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".251", %"main"]
  %".286" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".257", %"main"]
  %".287" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".258", %"main"]
  %".288" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".264", %"main"]
  %".289" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".265", %"main"]
  %".290" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".271", %"main"]
  %".291" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".272", %"main"]
  %".292" = icmp slt i64 %".10", %"kc"
  br i1 %".292", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".10", %"mid"], [%".374", %"rem"]
  %".294" = phi  <16 x float> [%".276", %"mid"], [%".323", %"rem"]
  %".295" = phi  <16 x float> [%".277", %"mid"], [%".324", %"rem"]
  %".296" = phi  <16 x float> [%".278", %"mid"], [%".330", %"rem"]
  %".297" = phi  <16 x float> [%".279", %"mid"], [%".331", %"rem"]
  %".298" = phi  <16 x float> [%".280", %"mid"], [%".337", %"rem"]
  %".299" = phi  <16 x float> [%".281", %"mid"], [%".338", %"rem"]
  %".300" = phi  <16 x float> [%".282", %"mid"], [%".344", %"rem"]
  %".301" = phi  <16 x float> [%".283", %"mid"], [%".345", %"rem"]
  %".302" = phi  <16 x float> [%".284", %"mid"], [%".351", %"rem"]
  %".303" = phi  <16 x float> [%".285", %"mid"], [%".352", %"rem"]
  %".304" = phi  <16 x float> [%".286", %"mid"], [%".358", %"rem"]
  %".305" = phi  <16 x float> [%".287", %"mid"], [%".359", %"rem"]
  %".306" = phi  <16 x float> [%".288", %"mid"], [%".365", %"rem"]
  %".307" = phi  <16 x float> [%".289", %"mid"], [%".366", %"rem"]
  %".308" = phi  <16 x float> [%".290", %"mid"], [%".372", %"rem"]
  %".309" = phi  <16 x float> [%".291", %"mid"], [%".373", %"rem"]
  %".310" = mul i64 %"k1", 32
  %".311" = add i64 %".310", 0
  %".312" = getelementptr inbounds float, ptr %"bp", i64 %".311"
  %".313" = load <16 x float>, ptr %".312", align 64
  %".314" = add i64 %".310", 16
  %".315" = getelementptr inbounds float, ptr %"bp", i64 %".314"
  %".316" = load <16 x float>, ptr %".315", align 64
  %".317" = mul i64 %"k1", 12
  %".318" = add i64 %".317", 0
  %".319" = getelementptr inbounds float, ptr %"ap", i64 %".318"
  %".320" = load float, ptr %".319"
  %".321" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".320", i32 0
  %".322" = shufflevector <16 x float> %".321", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".323" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".322", <16 x float> %".313", <16 x float> %".294")
  %".324" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".322", <16 x float> %".316", <16 x float> %".295")
  %".325" = add i64 %".317", 1
  %".326" = getelementptr inbounds float, ptr %"ap", i64 %".325"
  %".327" = load float, ptr %".326"
  %".328" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".327", i32 0
  %".329" = shufflevector <16 x float> %".328", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".330" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".329", <16 x float> %".313", <16 x float> %".296")
  %".331" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".329", <16 x float> %".316", <16 x float> %".297")
  %".332" = add i64 %".317", 2
  %".333" = getelementptr inbounds float, ptr %"ap", i64 %".332"
  %".334" = load float, ptr %".333"
  %".335" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".334", i32 0
  %".336" = shufflevector <16 x float> %".335", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".337" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".336", <16 x float> %".313", <16 x float> %".298")
  %".338" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".336", <16 x float> %".316", <16 x float> %".299")
  %".339" = add i64 %".317", 3
  %".340" = getelementptr inbounds float, ptr %"ap", i64 %".339"
  %".341" = load float, ptr %".340"
  %".342" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".341", i32 0
  %".343" = shufflevector <16 x float> %".342", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".344" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".343", <16 x float> %".313", <16 x float> %".300")
  %".345" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".343", <16 x float> %".316", <16 x float> %".301")
  %".346" = add i64 %".317", 4
  %".347" = getelementptr inbounds float, ptr %"ap", i64 %".346"
  %".348" = load float, ptr %".347"
  %".349" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".348", i32 0
  %".350" = shufflevector <16 x float> %".349", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".351" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".350", <16 x float> %".313", <16 x float> %".302")
  %".352" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".350", <16 x float> %".316", <16 x float> %".303")
  %".353" = add i64 %".317", 5
  %".354" = getelementptr inbounds float, ptr %"ap", i64 %".353"
  %".355" = load float, ptr %".354"
  %".356" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".355", i32 0
  %".357" = shufflevector <16 x float> %".356", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".358" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".357", <16 x float> %".313", <16 x float> %".304")
  %".359" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".357", <16 x float> %".316", <16 x float> %".305")
  %".360" = add i64 %".317", 6
  %".361" = getelementptr inbounds float, ptr %"ap", i64 %".360"
  %".362" = load float, ptr %".361"
  %".363" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".362", i32 0
  %".364" = shufflevector <16 x float> %".363", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".365" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".364", <16 x float> %".313", <16 x float> %".306")
  %".366" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".364", <16 x float> %".316", <16 x float> %".307")
  %".367" = add i64 %".317", 7
  %".368" = getelementptr inbounds float, ptr %"ap", i64 %".367"
  %".369" = load float, ptr %".368"
  %".370" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".369", i32 0
  %".371" = shufflevector <16 x float> %".370", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".372" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".371", <16 x float> %".313", <16 x float> %".308")
  %".373" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".371", <16 x float> %".316", <16 x float> %".309")
  %".374" = add i64 %"k1", 1
  %".375" = icmp slt i64 %".374", %"kc"
  br i1 %".375", label %"rem", label %"tail"
tail:
  %".377" = phi  <16 x float> [%".276", %"mid"], [%".323", %"rem"]
  %".378" = phi  <16 x float> [%".277", %"mid"], [%".324", %"rem"]
  %".379" = phi  <16 x float> [%".278", %"mid"], [%".330", %"rem"]
  %".380" = phi  <16 x float> [%".279", %"mid"], [%".331", %"rem"]
  %".381" = phi  <16 x float> [%".280", %"mid"], [%".337", %"rem"]
  %".382" = phi  <16 x float> [%".281", %"mid"], [%".338", %"rem"]
  %".383" = phi  <16 x float> [%".282", %"mid"], [%".344", %"rem"]
  %".384" = phi  <16 x float> [%".283", %"mid"], [%".345", %"rem"]
  %".385" = phi  <16 x float> [%".284", %"mid"], [%".351", %"rem"]
  %".386" = phi  <16 x float> [%".285", %"mid"], [%".352", %"rem"]
  %".387" = phi  <16 x float> [%".286", %"mid"], [%".358", %"rem"]
  %".388" = phi  <16 x float> [%".287", %"mid"], [%".359", %"rem"]
  %".389" = phi  <16 x float> [%".288", %"mid"], [%".365", %"rem"]
  %".390" = phi  <16 x float> [%".289", %"mid"], [%".366", %"rem"]
  %".391" = phi  <16 x float> [%".290", %"mid"], [%".372", %"rem"]
  %".392" = phi  <16 x float> [%".291", %"mid"], [%".373", %"rem"]
  %".393" = icmp eq i64 %"mr", 8
  %".394" = icmp eq i64 %"nr", 32
  %".395" = and i1 %".393", %".394"
  br i1 %".395", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".561" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".562" = shufflevector <16 x i64> %".561", <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".563" = icmp slt <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".562"
  %".564" = icmp slt <16 x i64> <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".562"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row7" i64 2, label %"row6" i64 3, label %"row5" i64 4, label %"row4" i64 5, label %"row3" i64 6, label %"row2" i64 7, label %"row1" i64 8, label %"row0"]
tail.endif:
  ret void
tail.if.if:
  %".398" = mul i64 0, %"ldc"
  %".399" = add i64 %".398", 0
  %".400" = getelementptr inbounds float, ptr %"c", i64 %".399"
  store <16 x float> %".377", ptr %".400", align 4
  %".402" = mul i64 0, %"ldc"
  %".403" = add i64 %".402", 16
  %".404" = getelementptr inbounds float, ptr %"c", i64 %".403"
  store <16 x float> %".378", ptr %".404", align 4
  %".406" = mul i64 1, %"ldc"
  %".407" = add i64 %".406", 0
  %".408" = getelementptr inbounds float, ptr %"c", i64 %".407"
  store <16 x float> %".379", ptr %".408", align 4
  %".410" = mul i64 1, %"ldc"
  %".411" = add i64 %".410", 16
  %".412" = getelementptr inbounds float, ptr %"c", i64 %".411"
  store <16 x float> %".380", ptr %".412", align 4
  %".414" = mul i64 2, %"ldc"
  %".415" = add i64 %".414", 0
  %".416" = getelementptr inbounds float, ptr %"c", i64 %".415"
  store <16 x float> %".381", ptr %".416", align 4
  %".418" = mul i64 2, %"ldc"
  %".419" = add i64 %".418", 16
  %".420" = getelementptr inbounds float, ptr %"c", i64 %".419"
  store <16 x float> %".382", ptr %".420", align 4
  %".422" = mul i64 3, %"ldc"
  %".423" = add i64 %".422", 0
  %".424" = getelementptr inbounds float, ptr %"c", i64 %".423"
  store <16 x float> %".383", ptr %".424", align 4
  %".426" = mul i64 3, %"ldc"
  %".427" = add i64 %".426", 16
  %".428" = getelementptr inbounds float, ptr %"c", i64 %".427"
  store <16 x float> %".384", ptr %".428", align 4
  %".430" = mul i64 4, %"ldc"
  %".431" = add i64 %".430", 0
  %".432" = getelementptr inbounds float, ptr %"c", i64 %".431"
  store <16 x float> %".385", ptr %".432", align 4
  %".434" = mul i64 4, %"ldc"
  %".435" = add i64 %".434", 16
  %".436" = getelementptr inbounds float, ptr %"c", i64 %".435"
  store <16 x float> %".386", ptr %".436", align 4
  %".438" = mul i64 5, %"ldc"
  %".439" = add i64 %".438", 0
  %".440" = getelementptr inbounds float, ptr %"c", i64 %".439"
  store <16 x float> %".387", ptr %".440", align 4
  %".442" = mul i64 5, %"ldc"
  %".443" = add i64 %".442", 16
  %".444" = getelementptr inbounds float, ptr %"c", i64 %".443"
  store <16 x float> %".388", ptr %".444", align 4
  %".446" = mul i64 6, %"ldc"
  %".447" = add i64 %".446", 0
  %".448" = getelementptr inbounds float, ptr %"c", i64 %".447"
  store <16 x float> %".389", ptr %".448", align 4
  %".450" = mul i64 6, %"ldc"
  %".451" = add i64 %".450", 16
  %".452" = getelementptr inbounds float, ptr %"c", i64 %".451"
  store <16 x float> %".390", ptr %".452", align 4
  %".454" = mul i64 7, %"ldc"
  %".455" = add i64 %".454", 0
  %".456" = getelementptr inbounds float, ptr %"c", i64 %".455"
  store <16 x float> %".391", ptr %".456", align 4
  %".458" = mul i64 7, %"ldc"
  %".459" = add i64 %".458", 16
  %".460" = getelementptr inbounds float, ptr %"c", i64 %".459"
  store <16 x float> %".392", ptr %".460", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".463" = mul i64 0, %"ldc"
  %".464" = add i64 %".463", 0
  %".465" = getelementptr inbounds float, ptr %"c", i64 %".464"
  %".466" = load <16 x float>, ptr %".465", align 4
  %".467" = fadd reassoc contract nsz <16 x float> %".466", %".377"
  store <16 x float> %".467", ptr %".465", align 4
  %".469" = mul i64 0, %"ldc"
  %".470" = add i64 %".469", 16
  %".471" = getelementptr inbounds float, ptr %"c", i64 %".470"
  %".472" = load <16 x float>, ptr %".471", align 4
  %".473" = fadd reassoc contract nsz <16 x float> %".472", %".378"
  store <16 x float> %".473", ptr %".471", align 4
  %".475" = mul i64 1, %"ldc"
  %".476" = add i64 %".475", 0
  %".477" = getelementptr inbounds float, ptr %"c", i64 %".476"
  %".478" = load <16 x float>, ptr %".477", align 4
  %".479" = fadd reassoc contract nsz <16 x float> %".478", %".379"
  store <16 x float> %".479", ptr %".477", align 4
  %".481" = mul i64 1, %"ldc"
  %".482" = add i64 %".481", 16
  %".483" = getelementptr inbounds float, ptr %"c", i64 %".482"
  %".484" = load <16 x float>, ptr %".483", align 4
  %".485" = fadd reassoc contract nsz <16 x float> %".484", %".380"
  store <16 x float> %".485", ptr %".483", align 4
  %".487" = mul i64 2, %"ldc"
  %".488" = add i64 %".487", 0
  %".489" = getelementptr inbounds float, ptr %"c", i64 %".488"
  %".490" = load <16 x float>, ptr %".489", align 4
  %".491" = fadd reassoc contract nsz <16 x float> %".490", %".381"
  store <16 x float> %".491", ptr %".489", align 4
  %".493" = mul i64 2, %"ldc"
  %".494" = add i64 %".493", 16
  %".495" = getelementptr inbounds float, ptr %"c", i64 %".494"
  %".496" = load <16 x float>, ptr %".495", align 4
  %".497" = fadd reassoc contract nsz <16 x float> %".496", %".382"
  store <16 x float> %".497", ptr %".495", align 4
  %".499" = mul i64 3, %"ldc"
  %".500" = add i64 %".499", 0
  %".501" = getelementptr inbounds float, ptr %"c", i64 %".500"
  %".502" = load <16 x float>, ptr %".501", align 4
  %".503" = fadd reassoc contract nsz <16 x float> %".502", %".383"
  store <16 x float> %".503", ptr %".501", align 4
  %".505" = mul i64 3, %"ldc"
  %".506" = add i64 %".505", 16
  %".507" = getelementptr inbounds float, ptr %"c", i64 %".506"
  %".508" = load <16 x float>, ptr %".507", align 4
  %".509" = fadd reassoc contract nsz <16 x float> %".508", %".384"
  store <16 x float> %".509", ptr %".507", align 4
  %".511" = mul i64 4, %"ldc"
  %".512" = add i64 %".511", 0
  %".513" = getelementptr inbounds float, ptr %"c", i64 %".512"
  %".514" = load <16 x float>, ptr %".513", align 4
  %".515" = fadd reassoc contract nsz <16 x float> %".514", %".385"
  store <16 x float> %".515", ptr %".513", align 4
  %".517" = mul i64 4, %"ldc"
  %".518" = add i64 %".517", 16
  %".519" = getelementptr inbounds float, ptr %"c", i64 %".518"
  %".520" = load <16 x float>, ptr %".519", align 4
  %".521" = fadd reassoc contract nsz <16 x float> %".520", %".386"
  store <16 x float> %".521", ptr %".519", align 4
  %".523" = mul i64 5, %"ldc"
  %".524" = add i64 %".523", 0
  %".525" = getelementptr inbounds float, ptr %"c", i64 %".524"
  %".526" = load <16 x float>, ptr %".525", align 4
  %".527" = fadd reassoc contract nsz <16 x float> %".526", %".387"
  store <16 x float> %".527", ptr %".525", align 4
  %".529" = mul i64 5, %"ldc"
  %".530" = add i64 %".529", 16
  %".531" = getelementptr inbounds float, ptr %"c", i64 %".530"
  %".532" = load <16 x float>, ptr %".531", align 4
  %".533" = fadd reassoc contract nsz <16 x float> %".532", %".388"
  store <16 x float> %".533", ptr %".531", align 4
  %".535" = mul i64 6, %"ldc"
  %".536" = add i64 %".535", 0
  %".537" = getelementptr inbounds float, ptr %"c", i64 %".536"
  %".538" = load <16 x float>, ptr %".537", align 4
  %".539" = fadd reassoc contract nsz <16 x float> %".538", %".389"
  store <16 x float> %".539", ptr %".537", align 4
  %".541" = mul i64 6, %"ldc"
  %".542" = add i64 %".541", 16
  %".543" = getelementptr inbounds float, ptr %"c", i64 %".542"
  %".544" = load <16 x float>, ptr %".543", align 4
  %".545" = fadd reassoc contract nsz <16 x float> %".544", %".390"
  store <16 x float> %".545", ptr %".543", align 4
  %".547" = mul i64 7, %"ldc"
  %".548" = add i64 %".547", 0
  %".549" = getelementptr inbounds float, ptr %"c", i64 %".548"
  %".550" = load <16 x float>, ptr %".549", align 4
  %".551" = fadd reassoc contract nsz <16 x float> %".550", %".391"
  store <16 x float> %".551", ptr %".549", align 4
  %".553" = mul i64 7, %"ldc"
  %".554" = add i64 %".553", 16
  %".555" = getelementptr inbounds float, ptr %"c", i64 %".554"
  %".556" = load <16 x float>, ptr %".555", align 4
  %".557" = fadd reassoc contract nsz <16 x float> %".556", %".392"
  store <16 x float> %".557", ptr %".555", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
rows.done:
  br label %"tail.endif"
row0:
  %".566" = mul i64 7, %"ldc"
  %".567" = add i64 %".566", 0
  %".568" = getelementptr inbounds float, ptr %"c", i64 %".567"
  %".569" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".568", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".570" = fadd reassoc contract nsz <16 x float> %".569", %".391"
  %".571" = select  i1 %"first", <16 x float> %".391", <16 x float> %".570"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".571", ptr %".568", i32 4, <16 x i1> %".563")
  %".573" = mul i64 7, %"ldc"
  %".574" = add i64 %".573", 16
  %".575" = getelementptr inbounds float, ptr %"c", i64 %".574"
  %".576" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".575", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".577" = fadd reassoc contract nsz <16 x float> %".576", %".392"
  %".578" = select  i1 %"first", <16 x float> %".392", <16 x float> %".577"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".578", ptr %".575", i32 4, <16 x i1> %".564")
  br label %"row1"
row1:
  %".581" = mul i64 6, %"ldc"
  %".582" = add i64 %".581", 0
  %".583" = getelementptr inbounds float, ptr %"c", i64 %".582"
  %".584" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".583", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".585" = fadd reassoc contract nsz <16 x float> %".584", %".389"
  %".586" = select  i1 %"first", <16 x float> %".389", <16 x float> %".585"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".586", ptr %".583", i32 4, <16 x i1> %".563")
  %".588" = mul i64 6, %"ldc"
  %".589" = add i64 %".588", 16
  %".590" = getelementptr inbounds float, ptr %"c", i64 %".589"
  %".591" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".590", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".592" = fadd reassoc contract nsz <16 x float> %".591", %".390"
  %".593" = select  i1 %"first", <16 x float> %".390", <16 x float> %".592"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".593", ptr %".590", i32 4, <16 x i1> %".564")
  br label %"row2"
row2:
  %".596" = mul i64 5, %"ldc"
  %".597" = add i64 %".596", 0
  %".598" = getelementptr inbounds float, ptr %"c", i64 %".597"
  %".599" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".598", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".600" = fadd reassoc contract nsz <16 x float> %".599", %".387"
  %".601" = select  i1 %"first", <16 x float> %".387", <16 x float> %".600"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".601", ptr %".598", i32 4, <16 x i1> %".563")
  %".603" = mul i64 5, %"ldc"
  %".604" = add i64 %".603", 16
  %".605" = getelementptr inbounds float, ptr %"c", i64 %".604"
  %".606" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".605", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".607" = fadd reassoc contract nsz <16 x float> %".606", %".388"
  %".608" = select  i1 %"first", <16 x float> %".388", <16 x float> %".607"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".608", ptr %".605", i32 4, <16 x i1> %".564")
  br label %"row3"
row3:
  %".611" = mul i64 4, %"ldc"
  %".612" = add i64 %".611", 0
  %".613" = getelementptr inbounds float, ptr %"c", i64 %".612"
  %".614" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".613", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".615" = fadd reassoc contract nsz <16 x float> %".614", %".385"
  %".616" = select  i1 %"first", <16 x float> %".385", <16 x float> %".615"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".616", ptr %".613", i32 4, <16 x i1> %".563")
  %".618" = mul i64 4, %"ldc"
  %".619" = add i64 %".618", 16
  %".620" = getelementptr inbounds float, ptr %"c", i64 %".619"
  %".621" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".620", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".622" = fadd reassoc contract nsz <16 x float> %".621", %".386"
  %".623" = select  i1 %"first", <16 x float> %".386", <16 x float> %".622"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".623", ptr %".620", i32 4, <16 x i1> %".564")
  br label %"row4"
row4:
  %".626" = mul i64 3, %"ldc"
  %".627" = add i64 %".626", 0
  %".628" = getelementptr inbounds float, ptr %"c", i64 %".627"
  %".629" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".628", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".630" = fadd reassoc contract nsz <16 x float> %".629", %".383"
  %".631" = select  i1 %"first", <16 x float> %".383", <16 x float> %".630"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".631", ptr %".628", i32 4, <16 x i1> %".563")
  %".633" = mul i64 3, %"ldc"
  %".634" = add i64 %".633", 16
  %".635" = getelementptr inbounds float, ptr %"c", i64 %".634"
  %".636" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".635", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".637" = fadd reassoc contract nsz <16 x float> %".636", %".384"
  %".638" = select  i1 %"first", <16 x float> %".384", <16 x float> %".637"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".638", ptr %".635", i32 4, <16 x i1> %".564")
  br label %"row5"
row5:
  %".641" = mul i64 2, %"ldc"
  %".642" = add i64 %".641", 0
  %".643" = getelementptr inbounds float, ptr %"c", i64 %".642"
  %".644" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".643", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".645" = fadd reassoc contract nsz <16 x float> %".644", %".381"
  %".646" = select  i1 %"first", <16 x float> %".381", <16 x float> %".645"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".646", ptr %".643", i32 4, <16 x i1> %".563")
  %".648" = mul i64 2, %"ldc"
  %".649" = add i64 %".648", 16
  %".650" = getelementptr inbounds float, ptr %"c", i64 %".649"
  %".651" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".650", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".652" = fadd reassoc contract nsz <16 x float> %".651", %".382"
  %".653" = select  i1 %"first", <16 x float> %".382", <16 x float> %".652"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".653", ptr %".650", i32 4, <16 x i1> %".564")
  br label %"row6"
row6:
  %".656" = mul i64 1, %"ldc"
  %".657" = add i64 %".656", 0
  %".658" = getelementptr inbounds float, ptr %"c", i64 %".657"
  %".659" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".658", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".660" = fadd reassoc contract nsz <16 x float> %".659", %".379"
  %".661" = select  i1 %"first", <16 x float> %".379", <16 x float> %".660"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".661", ptr %".658", i32 4, <16 x i1> %".563")
  %".663" = mul i64 1, %"ldc"
  %".664" = add i64 %".663", 16
  %".665" = getelementptr inbounds float, ptr %"c", i64 %".664"
  %".666" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".665", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".667" = fadd reassoc contract nsz <16 x float> %".666", %".380"
  %".668" = select  i1 %"first", <16 x float> %".380", <16 x float> %".667"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".668", ptr %".665", i32 4, <16 x i1> %".564")
  br label %"row7"
row7:
  %".671" = mul i64 0, %"ldc"
  %".672" = add i64 %".671", 0
  %".673" = getelementptr inbounds float, ptr %"c", i64 %".672"
  %".674" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".673", i32 4, <16 x i1> %".563", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".675" = fadd reassoc contract nsz <16 x float> %".674", %".377"
  %".676" = select  i1 %"first", <16 x float> %".377", <16 x float> %".675"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".676", ptr %".673", i32 4, <16 x i1> %".563")
  %".678" = mul i64 0, %"ldc"
  %".679" = add i64 %".678", 16
  %".680" = getelementptr inbounds float, ptr %"c", i64 %".679"
  %".681" = call <16 x float> @"llvm.masked.load.v16f32.p0"(ptr %".680", i32 4, <16 x i1> %".564", <16 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".682" = fadd reassoc contract nsz <16 x float> %".681", %".378"
  %".683" = select  i1 %"first", <16 x float> %".378", <16 x float> %".682"
  call void @"llvm.masked.store.v16f32.p0"(<16 x float> %".683", ptr %".680", i32 4, <16 x i1> %".564")
  br label %"rows.done"
}

define internal void @"gv_gemm_f32.pack_a"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".8" = add i64 %"rows", 11
  %".9" = sdiv i64 %".8", 12
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 12
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 12
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 12, %".15"
  %".17" = select  i1 %".16", i64 12, i64 %".15"
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
  %".31" = mul i64 %"k", 12
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
  %".49" = mul i64 %"k.1", 12
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
  %".60" = icmp slt i64 %".17", 12
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 12
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 12
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.pack_b"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".8" = add i64 %"rows", 31
  %".9" = sdiv i64 %".8", 32
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 32
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 32
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 32, %".15"
  %".17" = select  i1 %".16", i64 32, i64 %".15"
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
  %".31" = mul i64 %"k", 32
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
  %".49" = mul i64 %"k.1", 32
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
  %".60" = icmp slt i64 %".17", 32
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 32
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 32
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.thread"(ptr %"ctx", i64 %"tid", i64 %"nt") "min-legal-vector-width"="512" "prefer-vector-width"="512"
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
  %".40" = add i64 %"Nn", 31
  %".41" = sdiv i64 %".40", 32
  %".42" = sub i64 %".38", 1
  %".43" = add i64 %".41", %".42"
  %".44" = sdiv i64 %".43", %".38"
  %".45" = mul i64 %".44", 32
  %".46" = mul i64 %".37", %".45"
  %".47" = icmp slt i64 %".46", %"Nn"
  %".48" = select  i1 %".47", i64 %".46", i64 %"Nn"
  %".49" = add i64 %".48", %".45"
  %".50" = icmp slt i64 %".49", %"Nn"
  %".51" = select  i1 %".50", i64 %".49", i64 %"Nn"
  %".52" = add i64 %"M", 11
  %".53" = sdiv i64 %".52", 12
  %".54" = sub i64 %".38", 1
  %".55" = add i64 %".53", %".54"
  %".56" = sdiv i64 %".55", %".38"
  %".57" = mul i64 %".56", 12
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
  %"ws" = call ptr @"gv_workspace"(i64 %"tid", i64 6438912)
  %".68" = getelementptr inbounds float, ptr %"ws", i64 36864
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
  %".83" = icmp slt i64 4096, %".82"
  %".84" = select  i1 %".83", i64 4096, i64 %".82"
  %".85" = icmp slt i64 0, %"K"
  br i1 %".85", label %"pc.body", label %"pc.done"
jc.done:
  %"bi.next" = add nsw i64 %"bi", 1
  %".153" = icmp slt i64 %"bi.next", %".36"
  br i1 %".153", label %"bi.body", label %"bi.done"
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".87" = sub i64 %"K", %"pc"
  %".88" = icmp slt i64 384, %".87"
  %".89" = select  i1 %".88", i64 384, i64 %".87"
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
  %"jc.next" = add nsw i64 %"jc", 4096
  %".151" = icmp slt i64 %"jc.next", %".65"
  br i1 %".151", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".66", %"pc.body"], [%"ic.next", %"jr.done"]
  %".100" = sub i64 %".67", %"ic"
  %".101" = icmp slt i64 96, %".100"
  %".102" = select  i1 %".101", i64 96, i64 %".100"
  %".103" = mul i64 %"ic", %"rsa"
  %".104" = mul i64 %"pc", %"csa"
  %".105" = add i64 %".103", %".104"
  %".106" = getelementptr inbounds float, ptr %".72", i64 %".105"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".106", i64 %".102", i64 %".89", i64 %"rsa", i64 %"csa")
  %".108" = icmp slt i64 0, %".84"
  br i1 %".108", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 384
  %".149" = icmp slt i64 %"pc.next", %"K"
  br i1 %".149", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".110" = sub i64 %".84", %"jr"
  %".111" = icmp slt i64 32, %".110"
  %".112" = select  i1 %".111", i64 32, i64 %".110"
  %".113" = mul i64 %"jr", %".89"
  %".114" = getelementptr inbounds float, ptr %".68", i64 %".113"
  %".115" = icmp slt i64 0, %".102"
  br i1 %".115", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 96
  %".147" = icmp slt i64 %"ic.next", %".67"
  br i1 %".147", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body.endif"]
  %".117" = sub i64 %".102", %"ir"
  %".118" = icmp slt i64 12, %".117"
  %".119" = select  i1 %".118", i64 12, i64 %".117"
  %".120" = mul i64 %"ir", %".89"
  %".121" = getelementptr inbounds float, ptr %"ws", i64 %".120"
  %".122" = add i64 %"ic", %"ir"
  %".123" = mul i64 %".122", %"ldc"
  %".124" = add i64 %"jc", %"jr"
  %".125" = add i64 %".123", %".124"
  %".126" = getelementptr inbounds float, ptr %".76", i64 %".125"
  %".127" = icmp sle i64 %".119", 4
  br i1 %".127", label %"ir.body.if", label %"ir.body.else"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 32
  %".145" = icmp slt i64 %"jr.next", %".84"
  br i1 %".145", label %"jr.body", label %"jr.done"
ir.body.if:
  call void @"gv_gemm_f32.ukernel4"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.endif"
ir.body.else:
  %".131" = icmp sle i64 %".119", 6
  br i1 %".131", label %"ir.body.else.if", label %"ir.body.else.else"
ir.body.endif:
  %"ir.next" = add nsw i64 %"ir", 12
  %".143" = icmp slt i64 %"ir.next", %".102"
  br i1 %".143", label %"ir.body", label %"ir.done"
ir.body.else.if:
  call void @"gv_gemm_f32.ukernel6"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.endif"
ir.body.else.else:
  %".135" = icmp sle i64 %".119", 8
  br i1 %".135", label %"ir.body.else.else.if", label %"ir.body.else.else.else"
ir.body.else.endif:
  br label %"ir.body.endif"
ir.body.else.else.if:
  call void @"gv_gemm_f32.ukernel8"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
  br label %"ir.body.else.else.endif"
ir.body.else.else.else:
  call void @"gv_gemm_f32.ukernel12"(i64 %".89", ptr %".121", ptr %".114", ptr %".126", i64 %"ldc", i64 %".119", i64 %".112", i1 %".92")
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
  %".63" = add i64 3, 31
  %".64" = sdiv i64 %".63", 32
  %".65" = add i64 2, 11
  %".66" = sdiv i64 %".65", 12
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
  %".63" = add i64 4, 31
  %".64" = sdiv i64 %".63", 32
  %".65" = add i64 %"N", 11
  %".66" = sdiv i64 %".65", 12
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
  %".63" = add i64 4, 31
  %".64" = sdiv i64 %".63", 32
  %".65" = add i64 3, 11
  %".66" = sdiv i64 %".65", 12
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
