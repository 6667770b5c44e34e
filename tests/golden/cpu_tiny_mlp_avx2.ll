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
  %".28" = mul i64 %"N", 3
  %".29" = icmp sge i64 %".28", 32768
  br i1 %".29", label %"entry.if", label %"entry.else"
entry.if:
  %".31" = alloca {i64, i64, ptr, ptr, ptr, ptr}
  %".32" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".31", i64 0, i32 0
  store i64 %"N", i64* %".32"
  %".34" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".31", i64 0, i32 1
  store i64 %"N", i64* %".34"
  %".36" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".31", i64 0, i32 2
  store ptr %"b2__0__bias", ptr %".36"
  %".38" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".31", i64 0, i32 3
  store ptr %"b5_matmul", ptr %".38"
  %".40" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".31", i64 0, i32 4
  store ptr %"b7_relu", ptr %".40"
  %".42" = getelementptr {i64, i64, ptr, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr, ptr}* %".31", i64 0, i32 5
  store ptr %"b10_gt", ptr %".42"
  %".44" = mul i64 %"nthreads", 4
  %".45" = icmp sgt i64 %"N", 1
  %".46" = select  i1 %".45", i64 %"N", i64 1
  %".47" = icmp slt i64 %".44", %".46"
  %".48" = select  i1 %".47", i64 %".44", i64 %".46"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k1_add_relu_gt.L0.par", {i64, i64, ptr, ptr, ptr, ptr}* %".31", i64 %".48")
  br label %"entry.endif"
entry.else:
  call void @"gv_k1_add_relu_gt.L0"(i64 %"N", i64 0, i64 %"N", ptr %"b2__0__bias", ptr %"b5_matmul", ptr %"b7_relu", ptr %"b10_gt")
  br label %"entry.endif"
entry.endif:
  call void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3__1__weight", ptr %"b7_relu", ptr %"b8_matmul_1")
  %".54" = mul i64 %"N", 2
  %".55" = icmp sge i64 %".54", 32768
  br i1 %".55", label %"entry.endif.if", label %"entry.endif.else"
entry.endif.if:
  %".57" = alloca {i64, i64, ptr, ptr, ptr}
  %".58" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 0
  store i64 %"N", i64* %".58"
  %".60" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 1
  store i64 %"N", i64* %".60"
  %".62" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 2
  store ptr %"b4__1__bias", ptr %".62"
  %".64" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 3
  store ptr %"b8_matmul_1", ptr %".64"
  %".66" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 4
  store ptr %"b9_add_1", ptr %".66"
  %".68" = mul i64 %"nthreads", 4
  %".69" = icmp sgt i64 %"N", 1
  %".70" = select  i1 %".69", i64 %"N", i64 1
  %".71" = icmp slt i64 %".68", %".70"
  %".72" = select  i1 %".71", i64 %".68", i64 %".70"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k3_add.L0.par", {i64, i64, ptr, ptr, ptr}* %".57", i64 %".72")
  br label %"entry.endif.endif"
entry.endif.else:
  call void @"gv_k3_add.L0"(i64 %"N", i64 0, i64 %"N", ptr %"b4__1__bias", ptr %"b8_matmul_1", ptr %"b9_add_1")
  br label %"entry.endif.endif"
entry.endif.endif:
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

define internal void @"gv_gemm_f32.ukernel6"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"ebias", ptr %"eres", i64 %"eldr", float %"elo", i1 %"epi")
{
entry:
  br i1 %"epi", label %"entry.if", label %"entry.endif"
entry.if:
  %".16" = mul i64 0, %"eldr"
  %".17" = getelementptr float, ptr %"eres", i64 %".16"
  %".18" = getelementptr i8, ptr %".17", i64 0
  call void @"llvm.prefetch.p0"(ptr %".18", i32 0, i32 3, i32 1)
  %".20" = getelementptr i8, ptr %".17", i64 63
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".22" = mul i64 1, %"eldr"
  %".23" = getelementptr float, ptr %"eres", i64 %".22"
  %".24" = getelementptr i8, ptr %".23", i64 0
  call void @"llvm.prefetch.p0"(ptr %".24", i32 0, i32 3, i32 1)
  %".26" = getelementptr i8, ptr %".23", i64 63
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = mul i64 2, %"eldr"
  %".29" = getelementptr float, ptr %"eres", i64 %".28"
  %".30" = getelementptr i8, ptr %".29", i64 0
  call void @"llvm.prefetch.p0"(ptr %".30", i32 0, i32 3, i32 1)
  %".32" = getelementptr i8, ptr %".29", i64 63
  call void @"llvm.prefetch.p0"(ptr %".32", i32 0, i32 3, i32 1)
  %".34" = mul i64 3, %"eldr"
  %".35" = getelementptr float, ptr %"eres", i64 %".34"
  %".36" = getelementptr i8, ptr %".35", i64 0
  call void @"llvm.prefetch.p0"(ptr %".36", i32 0, i32 3, i32 1)
  %".38" = getelementptr i8, ptr %".35", i64 63
  call void @"llvm.prefetch.p0"(ptr %".38", i32 0, i32 3, i32 1)
  %".40" = mul i64 4, %"eldr"
  %".41" = getelementptr float, ptr %"eres", i64 %".40"
  %".42" = getelementptr i8, ptr %".41", i64 0
  call void @"llvm.prefetch.p0"(ptr %".42", i32 0, i32 3, i32 1)
  %".44" = getelementptr i8, ptr %".41", i64 63
  call void @"llvm.prefetch.p0"(ptr %".44", i32 0, i32 3, i32 1)
  %".46" = mul i64 5, %"eldr"
  %".47" = getelementptr float, ptr %"eres", i64 %".46"
  %".48" = getelementptr i8, ptr %".47", i64 0
  call void @"llvm.prefetch.p0"(ptr %".48", i32 0, i32 3, i32 1)
  %".50" = getelementptr i8, ptr %".47", i64 63
  call void @"llvm.prefetch.p0"(ptr %".50", i32 0, i32 3, i32 1)
  br label %"entry.endif"
entry.endif:
  %".53" = and i64 %"kc", -4
  %".54" = icmp sgt i64 %".53", 0
  br i1 %".54", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry.endif"], [%".260", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".223", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".224", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".230", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".231", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".237", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".238", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".244", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".245", %"main"]
  %"acc8" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".251", %"main"]
  %"acc9" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".252", %"main"]
  %"acc10" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".258", %"main"]
  %"acc11" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".259", %"main"]
  %".56" = add i64 %"k", 0
  %".57" = mul i64 %".56", 16
  %".58" = add i64 %".57", 0
  %".59" = getelementptr inbounds float, ptr %"bp", i64 %".58"
  %".60" = load <8 x float>, ptr %".59", align 32
  %".61" = add i64 %".57", 8
  %".62" = getelementptr inbounds float, ptr %"bp", i64 %".61"
  %".63" = load <8 x float>, ptr %".62", align 32
  %".64" = mul i64 %".56", 6
  %".65" = add i64 %".64", 0
  %".66" = getelementptr inbounds float, ptr %"ap", i64 %".65"
  %".67" = load float, ptr %".66"
  %".68" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".67", i32 0
  %".69" = shufflevector <8 x float> %".68", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".70" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".69", <8 x float> %".60", <8 x float> %"acc0")
  %".71" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".69", <8 x float> %".63", <8 x float> %"acc1")
  %".72" = add i64 %".64", 1
  %".73" = getelementptr inbounds float, ptr %"ap", i64 %".72"
  %".74" = load float, ptr %".73"
  %".75" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".74", i32 0
  %".76" = shufflevector <8 x float> %".75", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".60", <8 x float> %"acc2")
  %".78" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".63", <8 x float> %"acc3")
  %".79" = add i64 %".64", 2
  %".80" = getelementptr inbounds float, ptr %"ap", i64 %".79"
  %".81" = load float, ptr %".80"
  %".82" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".81", i32 0
  %".83" = shufflevector <8 x float> %".82", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".84" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".60", <8 x float> %"acc4")
  %".85" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".63", <8 x float> %"acc5")
  %".86" = add i64 %".64", 3
  %".87" = getelementptr inbounds float, ptr %"ap", i64 %".86"
  %".88" = load float, ptr %".87"
  %".89" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".88", i32 0
  %".90" = shufflevector <8 x float> %".89", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".91" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".90", <8 x float> %".60", <8 x float> %"acc6")
  %".92" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".90", <8 x float> %".63", <8 x float> %"acc7")
  %".93" = add i64 %".64", 4
  %".94" = getelementptr inbounds float, ptr %"ap", i64 %".93"
  %".95" = load float, ptr %".94"
  %".96" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".95", i32 0
  %".97" = shufflevector <8 x float> %".96", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".98" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".60", <8 x float> %"acc8")
  %".99" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".63", <8 x float> %"acc9")
  %".100" = add i64 %".64", 5
  %".101" = getelementptr inbounds float, ptr %"ap", i64 %".100"
  %".102" = load float, ptr %".101"
  %".103" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".102", i32 0
  %".104" = shufflevector <8 x float> %".103", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".105" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".104", <8 x float> %".60", <8 x float> %"acc10")
  %".106" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".104", <8 x float> %".63", <8 x float> %"acc11")
  %".107" = add i64 %"k", 1
  %".108" = mul i64 %".107", 16
  %".109" = add i64 %".108", 0
  %".110" = getelementptr inbounds float, ptr %"bp", i64 %".109"
  %".111" = load <8 x float>, ptr %".110", align 32
  %".112" = add i64 %".108", 8
  %".113" = getelementptr inbounds float, ptr %"bp", i64 %".112"
  %".114" = load <8 x float>, ptr %".113", align 32
  %".115" = mul i64 %".107", 6
  %".116" = add i64 %".115", 0
  %".117" = getelementptr inbounds float, ptr %"ap", i64 %".116"
  %".118" = load float, ptr %".117"
  %".119" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".118", i32 0
  %".120" = shufflevector <8 x float> %".119", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".121" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".120", <8 x float> %".111", <8 x float> %".70")
  %".122" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".120", <8 x float> %".114", <8 x float> %".71")
  %".123" = add i64 %".115", 1
  %".124" = getelementptr inbounds float, ptr %"ap", i64 %".123"
  %".125" = load float, ptr %".124"
  %".126" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".125", i32 0
  %".127" = shufflevector <8 x float> %".126", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".128" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".127", <8 x float> %".111", <8 x float> %".77")
  %".129" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".127", <8 x float> %".114", <8 x float> %".78")
  %".130" = add i64 %".115", 2
  %".131" = getelementptr inbounds float, ptr %"ap", i64 %".130"
  %".132" = load float, ptr %".131"
  %".133" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".132", i32 0
  %".134" = shufflevector <8 x float> %".133", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".135" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".134", <8 x float> %".111", <8 x float> %".84")
  %".136" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".134", <8 x float> %".114", <8 x float> %".85")
  %".137" = add i64 %".115", 3
  %".138" = getelementptr inbounds float, ptr %"ap", i64 %".137"
  %".139" = load float, ptr %".138"
  %".140" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <8 x float> %".140", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".141", <8 x float> %".111", <8 x float> %".91")
  %".143" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".141", <8 x float> %".114", <8 x float> %".92")
  %".144" = add i64 %".115", 4
  %".145" = getelementptr inbounds float, ptr %"ap", i64 %".144"
  %".146" = load float, ptr %".145"
  %".147" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".146", i32 0
  %".148" = shufflevector <8 x float> %".147", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".149" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".148", <8 x float> %".111", <8 x float> %".98")
  %".150" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".148", <8 x float> %".114", <8 x float> %".99")
  %".151" = add i64 %".115", 5
  %".152" = getelementptr inbounds float, ptr %"ap", i64 %".151"
  %".153" = load float, ptr %".152"
  %".154" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".153", i32 0
  %".155" = shufflevector <8 x float> %".154", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".156" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".155", <8 x float> %".111", <8 x float> %".105")
  %".157" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".155", <8 x float> %".114", <8 x float> %".106")
  %".158" = add i64 %"k", 2
  %".159" = mul i64 %".158", 16
  %".160" = add i64 %".159", 0
  %".161" = getelementptr inbounds float, ptr %"bp", i64 %".160"
  %".162" = load <8 x float>, ptr %".161", align 32
  %".163" = add i64 %".159", 8
  %".164" = getelementptr inbounds float, ptr %"bp", i64 %".163"
  %".165" = load <8 x float>, ptr %".164", align 32
  %".166" = mul i64 %".158", 6
  %".167" = add i64 %".166", 0
  %".168" = getelementptr inbounds float, ptr %"ap", i64 %".167"
  %".169" = load float, ptr %".168"
  %".170" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".169", i32 0
  %".171" = shufflevector <8 x float> %".170", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".172" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".171", <8 x float> %".162", <8 x float> %".121")
  %".173" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".171", <8 x float> %".165", <8 x float> %".122")
  %".174" = add i64 %".166", 1
  %".175" = getelementptr inbounds float, ptr %"ap", i64 %".174"
  %".176" = load float, ptr %".175"
  %".177" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".176", i32 0
  %".178" = shufflevector <8 x float> %".177", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".179" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".178", <8 x float> %".162", <8 x float> %".128")
  %".180" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".178", <8 x float> %".165", <8 x float> %".129")
  %".181" = add i64 %".166", 2
  %".182" = getelementptr inbounds float, ptr %"ap", i64 %".181"
  %".183" = load float, ptr %".182"
  %".184" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".183", i32 0
  %".185" = shufflevector <8 x float> %".184", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".186" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".185", <8 x float> %".162", <8 x float> %".135")
  %".187" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".185", <8 x float> %".165", <8 x float> %".136")
  %".188" = add i64 %".166", 3
  %".189" = getelementptr inbounds float, ptr %"ap", i64 %".188"
  %".190" = load float, ptr %".189"
  %".191" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".190", i32 0
  %".192" = shufflevector <8 x float> %".191", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".193" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".192", <8 x float> %".162", <8 x float> %".142")
  %".194" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".192", <8 x float> %".165", <8 x float> %".143")
  %".195" = add i64 %".166", 4
  %".196" = getelementptr inbounds float, ptr %"ap", i64 %".195"
  %".197" = load float, ptr %".196"
  %".198" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".197", i32 0
  %".199" = shufflevector <8 x float> %".198", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".200" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".199", <8 x float> %".162", <8 x float> %".149")
  %".201" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".199", <8 x float> %".165", <8 x float> %".150")
  %".202" = add i64 %".166", 5
  %".203" = getelementptr inbounds float, ptr %"ap", i64 %".202"
  %".204" = load float, ptr %".203"
  %".205" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".204", i32 0
  %".206" = shufflevector <8 x float> %".205", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".207" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".206", <8 x float> %".162", <8 x float> %".156")
  %".208" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".206", <8 x float> %".165", <8 x float> %".157")
  %".209" = add i64 %"k", 3
  %".210" = mul i64 %".209", 16
  %".211" = add i64 %".210", 0
  %".212" = getelementptr inbounds float, ptr %"bp", i64 %".211"
  %".213" = load <8 x float>, ptr %".212", align 32
  %".214" = add i64 %".210", 8
  %".215" = getelementptr inbounds float, ptr %"bp", i64 %".214"
  %".216" = load <8 x float>, ptr %".215", align 32
  %".217" = mul i64 %".209", 6
  %".218" = add i64 %".217", 0
  %".219" = getelementptr inbounds float, ptr %"ap", i64 %".218"
  %".220" = load float, ptr %".219"
  %".221" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".220", i32 0
  %".222" = shufflevector <8 x float> %".221", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".223" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".222", <8 x float> %".213", <8 x float> %".172")
  %".224" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".222", <8 x float> %".216", <8 x float> %".173")
  %".225" = add i64 %".217", 1
  %".226" = getelementptr inbounds float, ptr %"ap", i64 %".225"
  %".227" = load float, ptr %".226"
  %".228" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".227", i32 0
  %".229" = shufflevector <8 x float> %".228", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".230" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".229", <8 x float> %".213", <8 x float> %".179")
  %".231" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".229", <8 x float> %".216", <8 x float> %".180")
  %".232" = add i64 %".217", 2
  %".233" = getelementptr inbounds float, ptr %"ap", i64 %".232"
  %".234" = load float, ptr %".233"
  %".235" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".234", i32 0
  %".236" = shufflevector <8 x float> %".235", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".237" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".236", <8 x float> %".213", <8 x float> %".186")
  %".238" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".236", <8 x float> %".216", <8 x float> %".187")
  %".239" = add i64 %".217", 3
  %".240" = getelementptr inbounds float, ptr %"ap", i64 %".239"
  %".241" = load float, ptr %".240"
  %".242" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".241", i32 0
  %".243" = shufflevector <8 x float> %".242", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".244" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".243", <8 x float> %".213", <8 x float> %".193")
  %".245" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".243", <8 x float> %".216", <8 x float> %".194")
  %".246" = add i64 %".217", 4
  %".247" = getelementptr inbounds float, ptr %"ap", i64 %".246"
  %".248" = load float, ptr %".247"
  %".249" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".248", i32 0
  %".250" = shufflevector <8 x float> %".249", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".251" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".250", <8 x float> %".213", <8 x float> %".200")
  %".252" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".250", <8 x float> %".216", <8 x float> %".201")
  %".253" = add i64 %".217", 5
  %".254" = getelementptr inbounds float, ptr %"ap", i64 %".253"
  %".255" = load float, ptr %".254"
  %".256" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".255", i32 0
  %".257" = shufflevector <8 x float> %".256", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".258" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".213", <8 x float> %".207")
  %".259" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".216", <8 x float> %".208")
  %".260" = add i64 %"k", 4
  %".261" = icmp slt i64 %".260", %".53"
  br i1 %".261", label %"main", label %"mid"
mid:
  %".263" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".223", %"main"]
  %".264" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".224", %"main"]
  %".265" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".230", %"main"]
  %".266" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".231", %"main"]
  %".267" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".237", %"main"]
  %".268" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".238", %"main"]
  %".269" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".244", %"main"]
  %".270" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".245", %"main"]
  %".271" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".251", %"main"]
  %".272" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".252", %"main"]
  %".273" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".258", %"main"]
  %".274" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".259", %"main"]
  %".275" = icmp slt i64 %".53", %"kc"
  br i1 %".275", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".53", %"mid"], [%".339", %"rem"]
  %".277" = phi  <8 x float> [%".263", %"mid"], [%".302", %"rem"]
  %".278" = phi  <8 x float> [%".264", %"mid"], [%".303", %"rem"]
  %".279" = phi  <8 x float> [%".265", %"mid"], [%".309", %"rem"]
  %".280" = phi  <8 x float> [%".266", %"mid"], [%".310", %"rem"]
  %".281" = phi  <8 x float> [%".267", %"mid"], [%".316", %"rem"]
  %".282" = phi  <8 x float> [%".268", %"mid"], [%".317", %"rem"]
  %".283" = phi  <8 x float> [%".269", %"mid"], [%".323", %"rem"]
  %".284" = phi  <8 x float> [%".270", %"mid"], [%".324", %"rem"]
  %".285" = phi  <8 x float> [%".271", %"mid"], [%".330", %"rem"]
  %".286" = phi  <8 x float> [%".272", %"mid"], [%".331", %"rem"]
  %".287" = phi  <8 x float> [%".273", %"mid"], [%".337", %"rem"]
  %".288" = phi  <8 x float> [%".274", %"mid"], [%".338", %"rem"]
  %".289" = mul i64 %"k1", 16
  %".290" = add i64 %".289", 0
  %".291" = getelementptr inbounds float, ptr %"bp", i64 %".290"
  %".292" = load <8 x float>, ptr %".291", align 32
  %".293" = add i64 %".289", 8
  %".294" = getelementptr inbounds float, ptr %"bp", i64 %".293"
  %".295" = load <8 x float>, ptr %".294", align 32
  %".296" = mul i64 %"k1", 6
  %".297" = add i64 %".296", 0
  %".298" = getelementptr inbounds float, ptr %"ap", i64 %".297"
  %".299" = load float, ptr %".298"
  %".300" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".299", i32 0
  %".301" = shufflevector <8 x float> %".300", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".302" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".301", <8 x float> %".292", <8 x float> %".277")
  %".303" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".301", <8 x float> %".295", <8 x float> %".278")
  %".304" = add i64 %".296", 1
  %".305" = getelementptr inbounds float, ptr %"ap", i64 %".304"
  %".306" = load float, ptr %".305"
  %".307" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".306", i32 0
  %".308" = shufflevector <8 x float> %".307", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".309" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".308", <8 x float> %".292", <8 x float> %".279")
  %".310" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".308", <8 x float> %".295", <8 x float> %".280")
  %".311" = add i64 %".296", 2
  %".312" = getelementptr inbounds float, ptr %"ap", i64 %".311"
  %".313" = load float, ptr %".312"
  %".314" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".313", i32 0
  %".315" = shufflevector <8 x float> %".314", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".316" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".315", <8 x float> %".292", <8 x float> %".281")
  %".317" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".315", <8 x float> %".295", <8 x float> %".282")
  %".318" = add i64 %".296", 3
  %".319" = getelementptr inbounds float, ptr %"ap", i64 %".318"
  %".320" = load float, ptr %".319"
  %".321" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".320", i32 0
  %".322" = shufflevector <8 x float> %".321", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".323" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".322", <8 x float> %".292", <8 x float> %".283")
  %".324" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".322", <8 x float> %".295", <8 x float> %".284")
  %".325" = add i64 %".296", 4
  %".326" = getelementptr inbounds float, ptr %"ap", i64 %".325"
  %".327" = load float, ptr %".326"
  %".328" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".327", i32 0
  %".329" = shufflevector <8 x float> %".328", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".330" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".329", <8 x float> %".292", <8 x float> %".285")
  %".331" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".329", <8 x float> %".295", <8 x float> %".286")
  %".332" = add i64 %".296", 5
  %".333" = getelementptr inbounds float, ptr %"ap", i64 %".332"
  %".334" = load float, ptr %".333"
  %".335" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".334", i32 0
  %".336" = shufflevector <8 x float> %".335", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".337" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".336", <8 x float> %".292", <8 x float> %".287")
  %".338" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".336", <8 x float> %".295", <8 x float> %".288")
  %".339" = add i64 %"k1", 1
  %".340" = icmp slt i64 %".339", %"kc"
  br i1 %".340", label %"rem", label %"tail"
tail:
  %".342" = phi  <8 x float> [%".263", %"mid"], [%".302", %"rem"]
  %".343" = phi  <8 x float> [%".264", %"mid"], [%".303", %"rem"]
  %".344" = phi  <8 x float> [%".265", %"mid"], [%".309", %"rem"]
  %".345" = phi  <8 x float> [%".266", %"mid"], [%".310", %"rem"]
  %".346" = phi  <8 x float> [%".267", %"mid"], [%".316", %"rem"]
  %".347" = phi  <8 x float> [%".268", %"mid"], [%".317", %"rem"]
  %".348" = phi  <8 x float> [%".269", %"mid"], [%".323", %"rem"]
  %".349" = phi  <8 x float> [%".270", %"mid"], [%".324", %"rem"]
  %".350" = phi  <8 x float> [%".271", %"mid"], [%".330", %"rem"]
  %".351" = phi  <8 x float> [%".272", %"mid"], [%".331", %"rem"]
  %".352" = phi  <8 x float> [%".273", %"mid"], [%".337", %"rem"]
  %".353" = phi  <8 x float> [%".274", %"mid"], [%".338", %"rem"]
  br i1 %"epi", label %"tail.if", label %"tail.else"
tail.if:
  %".355" = icmp eq i64 %"mr", 6
  %".356" = icmp eq i64 %"nr", 16
  %".357" = and i1 %".355", %".356"
  br i1 %".357", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".1048" = icmp eq i64 %"mr", 6
  %".1049" = icmp eq i64 %"nr", 16
  %".1050" = and i1 %".1048", %".1049"
  br i1 %".1050", label %"tail.else.if", label %"tail.else.else"
tail.endif:
  ret void
tail.if.if:
  br i1 %"first", label %"tail.if.if.if", label %"tail.if.if.else"
tail.if.else:
  %".795" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".796" = shufflevector <8 x i64> %".795", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".797" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".796"
  %".798" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".796"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row5" i64 2, label %"row4" i64 3, label %"row3" i64 4, label %"row2" i64 5, label %"row1" i64 6, label %"row0"]
tail.if.endif:
  br label %"tail.endif"
tail.if.if.if:
  %".360" = mul i64 0, %"ldc"
  %".361" = add i64 %".360", 0
  %".362" = getelementptr inbounds float, ptr %"c", i64 %".361"
  %".363" = getelementptr float, ptr %"ebias", i64 0
  %".364" = load float, ptr %".363"
  %".365" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".364", i32 0
  %".366" = shufflevector <8 x float> %".365", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".367" = fadd <8 x float> %".342", %".366"
  %".368" = mul i64 0, %"eldr"
  %".369" = add i64 %".368", 0
  %".370" = getelementptr float, ptr %"eres", i64 %".369"
  %".371" = load <8 x float>, ptr %".370", align 4
  %".372" = fadd <8 x float> %".367", %".371"
  %".373" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".374" = shufflevector <8 x float> %".373", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".375" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".372", <8 x float> %".374")
  store <8 x float> %".375", ptr %".362", align 4
  %".377" = mul i64 0, %"ldc"
  %".378" = add i64 %".377", 8
  %".379" = getelementptr inbounds float, ptr %"c", i64 %".378"
  %".380" = getelementptr float, ptr %"ebias", i64 0
  %".381" = load float, ptr %".380"
  %".382" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".381", i32 0
  %".383" = shufflevector <8 x float> %".382", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".384" = fadd <8 x float> %".343", %".383"
  %".385" = mul i64 0, %"eldr"
  %".386" = add i64 %".385", 8
  %".387" = getelementptr float, ptr %"eres", i64 %".386"
  %".388" = load <8 x float>, ptr %".387", align 4
  %".389" = fadd <8 x float> %".384", %".388"
  %".390" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".391" = shufflevector <8 x float> %".390", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".392" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".389", <8 x float> %".391")
  store <8 x float> %".392", ptr %".379", align 4
  %".394" = mul i64 1, %"ldc"
  %".395" = add i64 %".394", 0
  %".396" = getelementptr inbounds float, ptr %"c", i64 %".395"
  %".397" = getelementptr float, ptr %"ebias", i64 1
  %".398" = load float, ptr %".397"
  %".399" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".398", i32 0
  %".400" = shufflevector <8 x float> %".399", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".401" = fadd <8 x float> %".344", %".400"
  %".402" = mul i64 1, %"eldr"
  %".403" = add i64 %".402", 0
  %".404" = getelementptr float, ptr %"eres", i64 %".403"
  %".405" = load <8 x float>, ptr %".404", align 4
  %".406" = fadd <8 x float> %".401", %".405"
  %".407" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".408" = shufflevector <8 x float> %".407", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".409" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".406", <8 x float> %".408")
  store <8 x float> %".409", ptr %".396", align 4
  %".411" = mul i64 1, %"ldc"
  %".412" = add i64 %".411", 8
  %".413" = getelementptr inbounds float, ptr %"c", i64 %".412"
  %".414" = getelementptr float, ptr %"ebias", i64 1
  %".415" = load float, ptr %".414"
  %".416" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".415", i32 0
  %".417" = shufflevector <8 x float> %".416", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".418" = fadd <8 x float> %".345", %".417"
  %".419" = mul i64 1, %"eldr"
  %".420" = add i64 %".419", 8
  %".421" = getelementptr float, ptr %"eres", i64 %".420"
  %".422" = load <8 x float>, ptr %".421", align 4
  %".423" = fadd <8 x float> %".418", %".422"
  %".424" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".425" = shufflevector <8 x float> %".424", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".426" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".423", <8 x float> %".425")
  store <8 x float> %".426", ptr %".413", align 4
  %".428" = mul i64 2, %"ldc"
  %".429" = add i64 %".428", 0
  %".430" = getelementptr inbounds float, ptr %"c", i64 %".429"
  %".431" = getelementptr float, ptr %"ebias", i64 2
  %".432" = load float, ptr %".431"
  %".433" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".432", i32 0
  %".434" = shufflevector <8 x float> %".433", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".435" = fadd <8 x float> %".346", %".434"
  %".436" = mul i64 2, %"eldr"
  %".437" = add i64 %".436", 0
  %".438" = getelementptr float, ptr %"eres", i64 %".437"
  %".439" = load <8 x float>, ptr %".438", align 4
  %".440" = fadd <8 x float> %".435", %".439"
  %".441" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".442" = shufflevector <8 x float> %".441", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".443" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".440", <8 x float> %".442")
  store <8 x float> %".443", ptr %".430", align 4
  %".445" = mul i64 2, %"ldc"
  %".446" = add i64 %".445", 8
  %".447" = getelementptr inbounds float, ptr %"c", i64 %".446"
  %".448" = getelementptr float, ptr %"ebias", i64 2
  %".449" = load float, ptr %".448"
  %".450" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".449", i32 0
  %".451" = shufflevector <8 x float> %".450", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".452" = fadd <8 x float> %".347", %".451"
  %".453" = mul i64 2, %"eldr"
  %".454" = add i64 %".453", 8
  %".455" = getelementptr float, ptr %"eres", i64 %".454"
  %".456" = load <8 x float>, ptr %".455", align 4
  %".457" = fadd <8 x float> %".452", %".456"
  %".458" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".459" = shufflevector <8 x float> %".458", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".460" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".457", <8 x float> %".459")
  store <8 x float> %".460", ptr %".447", align 4
  %".462" = mul i64 3, %"ldc"
  %".463" = add i64 %".462", 0
  %".464" = getelementptr inbounds float, ptr %"c", i64 %".463"
  %".465" = getelementptr float, ptr %"ebias", i64 3
  %".466" = load float, ptr %".465"
  %".467" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".466", i32 0
  %".468" = shufflevector <8 x float> %".467", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".469" = fadd <8 x float> %".348", %".468"
  %".470" = mul i64 3, %"eldr"
  %".471" = add i64 %".470", 0
  %".472" = getelementptr float, ptr %"eres", i64 %".471"
  %".473" = load <8 x float>, ptr %".472", align 4
  %".474" = fadd <8 x float> %".469", %".473"
  %".475" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".476" = shufflevector <8 x float> %".475", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".477" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".474", <8 x float> %".476")
  store <8 x float> %".477", ptr %".464", align 4
  %".479" = mul i64 3, %"ldc"
  %".480" = add i64 %".479", 8
  %".481" = getelementptr inbounds float, ptr %"c", i64 %".480"
  %".482" = getelementptr float, ptr %"ebias", i64 3
  %".483" = load float, ptr %".482"
  %".484" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".483", i32 0
  %".485" = shufflevector <8 x float> %".484", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".486" = fadd <8 x float> %".349", %".485"
  %".487" = mul i64 3, %"eldr"
  %".488" = add i64 %".487", 8
  %".489" = getelementptr float, ptr %"eres", i64 %".488"
  %".490" = load <8 x float>, ptr %".489", align 4
  %".491" = fadd <8 x float> %".486", %".490"
  %".492" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".493" = shufflevector <8 x float> %".492", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".494" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".491", <8 x float> %".493")
  store <8 x float> %".494", ptr %".481", align 4
  %".496" = mul i64 4, %"ldc"
  %".497" = add i64 %".496", 0
  %".498" = getelementptr inbounds float, ptr %"c", i64 %".497"
  %".499" = getelementptr float, ptr %"ebias", i64 4
  %".500" = load float, ptr %".499"
  %".501" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".500", i32 0
  %".502" = shufflevector <8 x float> %".501", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".503" = fadd <8 x float> %".350", %".502"
  %".504" = mul i64 4, %"eldr"
  %".505" = add i64 %".504", 0
  %".506" = getelementptr float, ptr %"eres", i64 %".505"
  %".507" = load <8 x float>, ptr %".506", align 4
  %".508" = fadd <8 x float> %".503", %".507"
  %".509" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".510" = shufflevector <8 x float> %".509", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".511" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".508", <8 x float> %".510")
  store <8 x float> %".511", ptr %".498", align 4
  %".513" = mul i64 4, %"ldc"
  %".514" = add i64 %".513", 8
  %".515" = getelementptr inbounds float, ptr %"c", i64 %".514"
  %".516" = getelementptr float, ptr %"ebias", i64 4
  %".517" = load float, ptr %".516"
  %".518" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".517", i32 0
  %".519" = shufflevector <8 x float> %".518", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".520" = fadd <8 x float> %".351", %".519"
  %".521" = mul i64 4, %"eldr"
  %".522" = add i64 %".521", 8
  %".523" = getelementptr float, ptr %"eres", i64 %".522"
  %".524" = load <8 x float>, ptr %".523", align 4
  %".525" = fadd <8 x float> %".520", %".524"
  %".526" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".527" = shufflevector <8 x float> %".526", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".528" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".525", <8 x float> %".527")
  store <8 x float> %".528", ptr %".515", align 4
  %".530" = mul i64 5, %"ldc"
  %".531" = add i64 %".530", 0
  %".532" = getelementptr inbounds float, ptr %"c", i64 %".531"
  %".533" = getelementptr float, ptr %"ebias", i64 5
  %".534" = load float, ptr %".533"
  %".535" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".534", i32 0
  %".536" = shufflevector <8 x float> %".535", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".537" = fadd <8 x float> %".352", %".536"
  %".538" = mul i64 5, %"eldr"
  %".539" = add i64 %".538", 0
  %".540" = getelementptr float, ptr %"eres", i64 %".539"
  %".541" = load <8 x float>, ptr %".540", align 4
  %".542" = fadd <8 x float> %".537", %".541"
  %".543" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".544" = shufflevector <8 x float> %".543", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".545" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".542", <8 x float> %".544")
  store <8 x float> %".545", ptr %".532", align 4
  %".547" = mul i64 5, %"ldc"
  %".548" = add i64 %".547", 8
  %".549" = getelementptr inbounds float, ptr %"c", i64 %".548"
  %".550" = getelementptr float, ptr %"ebias", i64 5
  %".551" = load float, ptr %".550"
  %".552" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".551", i32 0
  %".553" = shufflevector <8 x float> %".552", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".554" = fadd <8 x float> %".353", %".553"
  %".555" = mul i64 5, %"eldr"
  %".556" = add i64 %".555", 8
  %".557" = getelementptr float, ptr %"eres", i64 %".556"
  %".558" = load <8 x float>, ptr %".557", align 4
  %".559" = fadd <8 x float> %".554", %".558"
  %".560" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".561" = shufflevector <8 x float> %".560", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".562" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".559", <8 x float> %".561")
  store <8 x float> %".562", ptr %".549", align 4
  br label %"tail.if.if.endif"
tail.if.if.else:
  %".565" = mul i64 0, %"ldc"
  %".566" = add i64 %".565", 0
  %".567" = getelementptr inbounds float, ptr %"c", i64 %".566"
  %".568" = load <8 x float>, ptr %".567", align 4
  %".569" = fadd reassoc contract nsz <8 x float> %".568", %".342"
  %".570" = getelementptr float, ptr %"ebias", i64 0
  %".571" = load float, ptr %".570"
  %".572" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".571", i32 0
  %".573" = shufflevector <8 x float> %".572", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".574" = fadd <8 x float> %".569", %".573"
  %".575" = mul i64 0, %"eldr"
  %".576" = add i64 %".575", 0
  %".577" = getelementptr float, ptr %"eres", i64 %".576"
  %".578" = load <8 x float>, ptr %".577", align 4
  %".579" = fadd <8 x float> %".574", %".578"
  %".580" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".581" = shufflevector <8 x float> %".580", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".582" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".579", <8 x float> %".581")
  store <8 x float> %".582", ptr %".567", align 4
  %".584" = mul i64 0, %"ldc"
  %".585" = add i64 %".584", 8
  %".586" = getelementptr inbounds float, ptr %"c", i64 %".585"
  %".587" = load <8 x float>, ptr %".586", align 4
  %".588" = fadd reassoc contract nsz <8 x float> %".587", %".343"
  %".589" = getelementptr float, ptr %"ebias", i64 0
  %".590" = load float, ptr %".589"
  %".591" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".590", i32 0
  %".592" = shufflevector <8 x float> %".591", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".593" = fadd <8 x float> %".588", %".592"
  %".594" = mul i64 0, %"eldr"
  %".595" = add i64 %".594", 8
  %".596" = getelementptr float, ptr %"eres", i64 %".595"
  %".597" = load <8 x float>, ptr %".596", align 4
  %".598" = fadd <8 x float> %".593", %".597"
  %".599" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".600" = shufflevector <8 x float> %".599", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".601" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".598", <8 x float> %".600")
  store <8 x float> %".601", ptr %".586", align 4
  %".603" = mul i64 1, %"ldc"
  %".604" = add i64 %".603", 0
  %".605" = getelementptr inbounds float, ptr %"c", i64 %".604"
  %".606" = load <8 x float>, ptr %".605", align 4
  %".607" = fadd reassoc contract nsz <8 x float> %".606", %".344"
  %".608" = getelementptr float, ptr %"ebias", i64 1
  %".609" = load float, ptr %".608"
  %".610" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".609", i32 0
  %".611" = shufflevector <8 x float> %".610", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".612" = fadd <8 x float> %".607", %".611"
  %".613" = mul i64 1, %"eldr"
  %".614" = add i64 %".613", 0
  %".615" = getelementptr float, ptr %"eres", i64 %".614"
  %".616" = load <8 x float>, ptr %".615", align 4
  %".617" = fadd <8 x float> %".612", %".616"
  %".618" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".619" = shufflevector <8 x float> %".618", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".620" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".617", <8 x float> %".619")
  store <8 x float> %".620", ptr %".605", align 4
  %".622" = mul i64 1, %"ldc"
  %".623" = add i64 %".622", 8
  %".624" = getelementptr inbounds float, ptr %"c", i64 %".623"
  %".625" = load <8 x float>, ptr %".624", align 4
  %".626" = fadd reassoc contract nsz <8 x float> %".625", %".345"
  %".627" = getelementptr float, ptr %"ebias", i64 1
  %".628" = load float, ptr %".627"
  %".629" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".628", i32 0
  %".630" = shufflevector <8 x float> %".629", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".631" = fadd <8 x float> %".626", %".630"
  %".632" = mul i64 1, %"eldr"
  %".633" = add i64 %".632", 8
  %".634" = getelementptr float, ptr %"eres", i64 %".633"
  %".635" = load <8 x float>, ptr %".634", align 4
  %".636" = fadd <8 x float> %".631", %".635"
  %".637" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".638" = shufflevector <8 x float> %".637", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".639" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".636", <8 x float> %".638")
  store <8 x float> %".639", ptr %".624", align 4
  %".641" = mul i64 2, %"ldc"
  %".642" = add i64 %".641", 0
  %".643" = getelementptr inbounds float, ptr %"c", i64 %".642"
  %".644" = load <8 x float>, ptr %".643", align 4
  %".645" = fadd reassoc contract nsz <8 x float> %".644", %".346"
  %".646" = getelementptr float, ptr %"ebias", i64 2
  %".647" = load float, ptr %".646"
  %".648" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".647", i32 0
  %".649" = shufflevector <8 x float> %".648", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".650" = fadd <8 x float> %".645", %".649"
  %".651" = mul i64 2, %"eldr"
  %".652" = add i64 %".651", 0
  %".653" = getelementptr float, ptr %"eres", i64 %".652"
  %".654" = load <8 x float>, ptr %".653", align 4
  %".655" = fadd <8 x float> %".650", %".654"
  %".656" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".657" = shufflevector <8 x float> %".656", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".658" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".655", <8 x float> %".657")
  store <8 x float> %".658", ptr %".643", align 4
  %".660" = mul i64 2, %"ldc"
  %".661" = add i64 %".660", 8
  %".662" = getelementptr inbounds float, ptr %"c", i64 %".661"
  %".663" = load <8 x float>, ptr %".662", align 4
  %".664" = fadd reassoc contract nsz <8 x float> %".663", %".347"
  %".665" = getelementptr float, ptr %"ebias", i64 2
  %".666" = load float, ptr %".665"
  %".667" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".666", i32 0
  %".668" = shufflevector <8 x float> %".667", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".669" = fadd <8 x float> %".664", %".668"
  %".670" = mul i64 2, %"eldr"
  %".671" = add i64 %".670", 8
  %".672" = getelementptr float, ptr %"eres", i64 %".671"
  %".673" = load <8 x float>, ptr %".672", align 4
  %".674" = fadd <8 x float> %".669", %".673"
  %".675" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".676" = shufflevector <8 x float> %".675", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".677" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".674", <8 x float> %".676")
  store <8 x float> %".677", ptr %".662", align 4
  %".679" = mul i64 3, %"ldc"
  %".680" = add i64 %".679", 0
  %".681" = getelementptr inbounds float, ptr %"c", i64 %".680"
  %".682" = load <8 x float>, ptr %".681", align 4
  %".683" = fadd reassoc contract nsz <8 x float> %".682", %".348"
  %".684" = getelementptr float, ptr %"ebias", i64 3
  %".685" = load float, ptr %".684"
  %".686" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".685", i32 0
  %".687" = shufflevector <8 x float> %".686", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".688" = fadd <8 x float> %".683", %".687"
  %".689" = mul i64 3, %"eldr"
  %".690" = add i64 %".689", 0
  %".691" = getelementptr float, ptr %"eres", i64 %".690"
  %".692" = load <8 x float>, ptr %".691", align 4
  %".693" = fadd <8 x float> %".688", %".692"
  %".694" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".695" = shufflevector <8 x float> %".694", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".696" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".693", <8 x float> %".695")
  store <8 x float> %".696", ptr %".681", align 4
  %".698" = mul i64 3, %"ldc"
  %".699" = add i64 %".698", 8
  %".700" = getelementptr inbounds float, ptr %"c", i64 %".699"
  %".701" = load <8 x float>, ptr %".700", align 4
  %".702" = fadd reassoc contract nsz <8 x float> %".701", %".349"
  %".703" = getelementptr float, ptr %"ebias", i64 3
  %".704" = load float, ptr %".703"
  %".705" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".704", i32 0
  %".706" = shufflevector <8 x float> %".705", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".707" = fadd <8 x float> %".702", %".706"
  %".708" = mul i64 3, %"eldr"
  %".709" = add i64 %".708", 8
  %".710" = getelementptr float, ptr %"eres", i64 %".709"
  %".711" = load <8 x float>, ptr %".710", align 4
  %".712" = fadd <8 x float> %".707", %".711"
  %".713" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".714" = shufflevector <8 x float> %".713", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".715" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".712", <8 x float> %".714")
  store <8 x float> %".715", ptr %".700", align 4
  %".717" = mul i64 4, %"ldc"
  %".718" = add i64 %".717", 0
  %".719" = getelementptr inbounds float, ptr %"c", i64 %".718"
  %".720" = load <8 x float>, ptr %".719", align 4
  %".721" = fadd reassoc contract nsz <8 x float> %".720", %".350"
  %".722" = getelementptr float, ptr %"ebias", i64 4
  %".723" = load float, ptr %".722"
  %".724" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".723", i32 0
  %".725" = shufflevector <8 x float> %".724", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".726" = fadd <8 x float> %".721", %".725"
  %".727" = mul i64 4, %"eldr"
  %".728" = add i64 %".727", 0
  %".729" = getelementptr float, ptr %"eres", i64 %".728"
  %".730" = load <8 x float>, ptr %".729", align 4
  %".731" = fadd <8 x float> %".726", %".730"
  %".732" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".733" = shufflevector <8 x float> %".732", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".734" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".731", <8 x float> %".733")
  store <8 x float> %".734", ptr %".719", align 4
  %".736" = mul i64 4, %"ldc"
  %".737" = add i64 %".736", 8
  %".738" = getelementptr inbounds float, ptr %"c", i64 %".737"
  %".739" = load <8 x float>, ptr %".738", align 4
  %".740" = fadd reassoc contract nsz <8 x float> %".739", %".351"
  %".741" = getelementptr float, ptr %"ebias", i64 4
  %".742" = load float, ptr %".741"
  %".743" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".742", i32 0
  %".744" = shufflevector <8 x float> %".743", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".745" = fadd <8 x float> %".740", %".744"
  %".746" = mul i64 4, %"eldr"
  %".747" = add i64 %".746", 8
  %".748" = getelementptr float, ptr %"eres", i64 %".747"
  %".749" = load <8 x float>, ptr %".748", align 4
  %".750" = fadd <8 x float> %".745", %".749"
  %".751" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".752" = shufflevector <8 x float> %".751", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".753" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".750", <8 x float> %".752")
  store <8 x float> %".753", ptr %".738", align 4
  %".755" = mul i64 5, %"ldc"
  %".756" = add i64 %".755", 0
  %".757" = getelementptr inbounds float, ptr %"c", i64 %".756"
  %".758" = load <8 x float>, ptr %".757", align 4
  %".759" = fadd reassoc contract nsz <8 x float> %".758", %".352"
  %".760" = getelementptr float, ptr %"ebias", i64 5
  %".761" = load float, ptr %".760"
  %".762" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".761", i32 0
  %".763" = shufflevector <8 x float> %".762", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".764" = fadd <8 x float> %".759", %".763"
  %".765" = mul i64 5, %"eldr"
  %".766" = add i64 %".765", 0
  %".767" = getelementptr float, ptr %"eres", i64 %".766"
  %".768" = load <8 x float>, ptr %".767", align 4
  %".769" = fadd <8 x float> %".764", %".768"
  %".770" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".771" = shufflevector <8 x float> %".770", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".772" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".769", <8 x float> %".771")
  store <8 x float> %".772", ptr %".757", align 4
  %".774" = mul i64 5, %"ldc"
  %".775" = add i64 %".774", 8
  %".776" = getelementptr inbounds float, ptr %"c", i64 %".775"
  %".777" = load <8 x float>, ptr %".776", align 4
  %".778" = fadd reassoc contract nsz <8 x float> %".777", %".353"
  %".779" = getelementptr float, ptr %"ebias", i64 5
  %".780" = load float, ptr %".779"
  %".781" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".780", i32 0
  %".782" = shufflevector <8 x float> %".781", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".783" = fadd <8 x float> %".778", %".782"
  %".784" = mul i64 5, %"eldr"
  %".785" = add i64 %".784", 8
  %".786" = getelementptr float, ptr %"eres", i64 %".785"
  %".787" = load <8 x float>, ptr %".786", align 4
  %".788" = fadd <8 x float> %".783", %".787"
  %".789" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".790" = shufflevector <8 x float> %".789", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".791" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".788", <8 x float> %".790")
  store <8 x float> %".791", ptr %".776", align 4
  br label %"tail.if.if.endif"
tail.if.if.endif:
  br label %"tail.if.endif"
rows.done:
  br label %"tail.if.endif"
row0:
  %".800" = mul i64 5, %"ldc"
  %".801" = add i64 %".800", 0
  %".802" = getelementptr inbounds float, ptr %"c", i64 %".801"
  %".803" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".802", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".804" = fadd reassoc contract nsz <8 x float> %".803", %".352"
  %".805" = select  i1 %"first", <8 x float> %".352", <8 x float> %".804"
  %".806" = getelementptr float, ptr %"ebias", i64 5
  %".807" = load float, ptr %".806"
  %".808" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".807", i32 0
  %".809" = shufflevector <8 x float> %".808", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".810" = fadd <8 x float> %".805", %".809"
  %".811" = mul i64 5, %"eldr"
  %".812" = add i64 %".811", 0
  %".813" = getelementptr float, ptr %"eres", i64 %".812"
  %".814" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".813", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".815" = fadd <8 x float> %".810", %".814"
  %".816" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".817" = shufflevector <8 x float> %".816", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".818" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".815", <8 x float> %".817")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".818", ptr %".802", i32 4, <8 x i1> %".797")
  %".820" = mul i64 5, %"ldc"
  %".821" = add i64 %".820", 8
  %".822" = getelementptr inbounds float, ptr %"c", i64 %".821"
  %".823" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".822", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".824" = fadd reassoc contract nsz <8 x float> %".823", %".353"
  %".825" = select  i1 %"first", <8 x float> %".353", <8 x float> %".824"
  %".826" = getelementptr float, ptr %"ebias", i64 5
  %".827" = load float, ptr %".826"
  %".828" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".827", i32 0
  %".829" = shufflevector <8 x float> %".828", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".830" = fadd <8 x float> %".825", %".829"
  %".831" = mul i64 5, %"eldr"
  %".832" = add i64 %".831", 8
  %".833" = getelementptr float, ptr %"eres", i64 %".832"
  %".834" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".833", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".835" = fadd <8 x float> %".830", %".834"
  %".836" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".837" = shufflevector <8 x float> %".836", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".838" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".835", <8 x float> %".837")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".838", ptr %".822", i32 4, <8 x i1> %".798")
  br label %"row1"
row1:
  %".841" = mul i64 4, %"ldc"
  %".842" = add i64 %".841", 0
  %".843" = getelementptr inbounds float, ptr %"c", i64 %".842"
  %".844" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".843", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".845" = fadd reassoc contract nsz <8 x float> %".844", %".350"
  %".846" = select  i1 %"first", <8 x float> %".350", <8 x float> %".845"
  %".847" = getelementptr float, ptr %"ebias", i64 4
  %".848" = load float, ptr %".847"
  %".849" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".848", i32 0
  %".850" = shufflevector <8 x float> %".849", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".851" = fadd <8 x float> %".846", %".850"
  %".852" = mul i64 4, %"eldr"
  %".853" = add i64 %".852", 0
  %".854" = getelementptr float, ptr %"eres", i64 %".853"
  %".855" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".854", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".856" = fadd <8 x float> %".851", %".855"
  %".857" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".858" = shufflevector <8 x float> %".857", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".859" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".856", <8 x float> %".858")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".859", ptr %".843", i32 4, <8 x i1> %".797")
  %".861" = mul i64 4, %"ldc"
  %".862" = add i64 %".861", 8
  %".863" = getelementptr inbounds float, ptr %"c", i64 %".862"
  %".864" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".863", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".865" = fadd reassoc contract nsz <8 x float> %".864", %".351"
  %".866" = select  i1 %"first", <8 x float> %".351", <8 x float> %".865"
  %".867" = getelementptr float, ptr %"ebias", i64 4
  %".868" = load float, ptr %".867"
  %".869" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".868", i32 0
  %".870" = shufflevector <8 x float> %".869", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".871" = fadd <8 x float> %".866", %".870"
  %".872" = mul i64 4, %"eldr"
  %".873" = add i64 %".872", 8
  %".874" = getelementptr float, ptr %"eres", i64 %".873"
  %".875" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".874", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".876" = fadd <8 x float> %".871", %".875"
  %".877" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".878" = shufflevector <8 x float> %".877", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".879" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".876", <8 x float> %".878")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".879", ptr %".863", i32 4, <8 x i1> %".798")
  br label %"row2"
row2:
  %".882" = mul i64 3, %"ldc"
  %".883" = add i64 %".882", 0
  %".884" = getelementptr inbounds float, ptr %"c", i64 %".883"
  %".885" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".884", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".886" = fadd reassoc contract nsz <8 x float> %".885", %".348"
  %".887" = select  i1 %"first", <8 x float> %".348", <8 x float> %".886"
  %".888" = getelementptr float, ptr %"ebias", i64 3
  %".889" = load float, ptr %".888"
  %".890" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".889", i32 0
  %".891" = shufflevector <8 x float> %".890", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".892" = fadd <8 x float> %".887", %".891"
  %".893" = mul i64 3, %"eldr"
  %".894" = add i64 %".893", 0
  %".895" = getelementptr float, ptr %"eres", i64 %".894"
  %".896" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".895", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".897" = fadd <8 x float> %".892", %".896"
  %".898" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".899" = shufflevector <8 x float> %".898", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".900" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".897", <8 x float> %".899")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".900", ptr %".884", i32 4, <8 x i1> %".797")
  %".902" = mul i64 3, %"ldc"
  %".903" = add i64 %".902", 8
  %".904" = getelementptr inbounds float, ptr %"c", i64 %".903"
  %".905" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".904", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".906" = fadd reassoc contract nsz <8 x float> %".905", %".349"
  %".907" = select  i1 %"first", <8 x float> %".349", <8 x float> %".906"
  %".908" = getelementptr float, ptr %"ebias", i64 3
  %".909" = load float, ptr %".908"
  %".910" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".909", i32 0
  %".911" = shufflevector <8 x float> %".910", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".912" = fadd <8 x float> %".907", %".911"
  %".913" = mul i64 3, %"eldr"
  %".914" = add i64 %".913", 8
  %".915" = getelementptr float, ptr %"eres", i64 %".914"
  %".916" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".915", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".917" = fadd <8 x float> %".912", %".916"
  %".918" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".919" = shufflevector <8 x float> %".918", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".920" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".917", <8 x float> %".919")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".920", ptr %".904", i32 4, <8 x i1> %".798")
  br label %"row3"
row3:
  %".923" = mul i64 2, %"ldc"
  %".924" = add i64 %".923", 0
  %".925" = getelementptr inbounds float, ptr %"c", i64 %".924"
  %".926" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".925", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".927" = fadd reassoc contract nsz <8 x float> %".926", %".346"
  %".928" = select  i1 %"first", <8 x float> %".346", <8 x float> %".927"
  %".929" = getelementptr float, ptr %"ebias", i64 2
  %".930" = load float, ptr %".929"
  %".931" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".930", i32 0
  %".932" = shufflevector <8 x float> %".931", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".933" = fadd <8 x float> %".928", %".932"
  %".934" = mul i64 2, %"eldr"
  %".935" = add i64 %".934", 0
  %".936" = getelementptr float, ptr %"eres", i64 %".935"
  %".937" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".936", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".938" = fadd <8 x float> %".933", %".937"
  %".939" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".940" = shufflevector <8 x float> %".939", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".941" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".938", <8 x float> %".940")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".941", ptr %".925", i32 4, <8 x i1> %".797")
  %".943" = mul i64 2, %"ldc"
  %".944" = add i64 %".943", 8
  %".945" = getelementptr inbounds float, ptr %"c", i64 %".944"
  %".946" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".945", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".947" = fadd reassoc contract nsz <8 x float> %".946", %".347"
  %".948" = select  i1 %"first", <8 x float> %".347", <8 x float> %".947"
  %".949" = getelementptr float, ptr %"ebias", i64 2
  %".950" = load float, ptr %".949"
  %".951" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".950", i32 0
  %".952" = shufflevector <8 x float> %".951", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".953" = fadd <8 x float> %".948", %".952"
  %".954" = mul i64 2, %"eldr"
  %".955" = add i64 %".954", 8
  %".956" = getelementptr float, ptr %"eres", i64 %".955"
  %".957" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".956", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".958" = fadd <8 x float> %".953", %".957"
  %".959" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".960" = shufflevector <8 x float> %".959", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".961" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".958", <8 x float> %".960")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".961", ptr %".945", i32 4, <8 x i1> %".798")
  br label %"row4"
row4:
  %".964" = mul i64 1, %"ldc"
  %".965" = add i64 %".964", 0
  %".966" = getelementptr inbounds float, ptr %"c", i64 %".965"
  %".967" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".966", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".968" = fadd reassoc contract nsz <8 x float> %".967", %".344"
  %".969" = select  i1 %"first", <8 x float> %".344", <8 x float> %".968"
  %".970" = getelementptr float, ptr %"ebias", i64 1
  %".971" = load float, ptr %".970"
  %".972" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".971", i32 0
  %".973" = shufflevector <8 x float> %".972", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".974" = fadd <8 x float> %".969", %".973"
  %".975" = mul i64 1, %"eldr"
  %".976" = add i64 %".975", 0
  %".977" = getelementptr float, ptr %"eres", i64 %".976"
  %".978" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".977", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".979" = fadd <8 x float> %".974", %".978"
  %".980" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".981" = shufflevector <8 x float> %".980", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".982" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".979", <8 x float> %".981")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".982", ptr %".966", i32 4, <8 x i1> %".797")
  %".984" = mul i64 1, %"ldc"
  %".985" = add i64 %".984", 8
  %".986" = getelementptr inbounds float, ptr %"c", i64 %".985"
  %".987" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".986", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".988" = fadd reassoc contract nsz <8 x float> %".987", %".345"
  %".989" = select  i1 %"first", <8 x float> %".345", <8 x float> %".988"
  %".990" = getelementptr float, ptr %"ebias", i64 1
  %".991" = load float, ptr %".990"
  %".992" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".991", i32 0
  %".993" = shufflevector <8 x float> %".992", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".994" = fadd <8 x float> %".989", %".993"
  %".995" = mul i64 1, %"eldr"
  %".996" = add i64 %".995", 8
  %".997" = getelementptr float, ptr %"eres", i64 %".996"
  %".998" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".997", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".999" = fadd <8 x float> %".994", %".998"
  %".1000" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".1001" = shufflevector <8 x float> %".1000", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1002" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".999", <8 x float> %".1001")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1002", ptr %".986", i32 4, <8 x i1> %".798")
  br label %"row5"
row5:
  %".1005" = mul i64 0, %"ldc"
  %".1006" = add i64 %".1005", 0
  %".1007" = getelementptr inbounds float, ptr %"c", i64 %".1006"
  %".1008" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1007", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1009" = fadd reassoc contract nsz <8 x float> %".1008", %".342"
  %".1010" = select  i1 %"first", <8 x float> %".342", <8 x float> %".1009"
  %".1011" = getelementptr float, ptr %"ebias", i64 0
  %".1012" = load float, ptr %".1011"
  %".1013" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1012", i32 0
  %".1014" = shufflevector <8 x float> %".1013", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1015" = fadd <8 x float> %".1010", %".1014"
  %".1016" = mul i64 0, %"eldr"
  %".1017" = add i64 %".1016", 0
  %".1018" = getelementptr float, ptr %"eres", i64 %".1017"
  %".1019" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1018", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1020" = fadd <8 x float> %".1015", %".1019"
  %".1021" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".1022" = shufflevector <8 x float> %".1021", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1023" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".1020", <8 x float> %".1022")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1023", ptr %".1007", i32 4, <8 x i1> %".797")
  %".1025" = mul i64 0, %"ldc"
  %".1026" = add i64 %".1025", 8
  %".1027" = getelementptr inbounds float, ptr %"c", i64 %".1026"
  %".1028" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1027", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1029" = fadd reassoc contract nsz <8 x float> %".1028", %".343"
  %".1030" = select  i1 %"first", <8 x float> %".343", <8 x float> %".1029"
  %".1031" = getelementptr float, ptr %"ebias", i64 0
  %".1032" = load float, ptr %".1031"
  %".1033" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1032", i32 0
  %".1034" = shufflevector <8 x float> %".1033", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1035" = fadd <8 x float> %".1030", %".1034"
  %".1036" = mul i64 0, %"eldr"
  %".1037" = add i64 %".1036", 8
  %".1038" = getelementptr float, ptr %"eres", i64 %".1037"
  %".1039" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1038", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1040" = fadd <8 x float> %".1035", %".1039"
  %".1041" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".1042" = shufflevector <8 x float> %".1041", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1043" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".1040", <8 x float> %".1042")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1043", ptr %".1027", i32 4, <8 x i1> %".798")
  br label %"rows.done"
tail.else.if:
  br i1 %"first", label %"tail.else.if.if", label %"tail.else.if.else"
tail.else.else:
  %".1176" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".1177" = shufflevector <8 x i64> %".1176", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1178" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".1177"
  %".1179" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".1177"
  switch i64 %"mr", label %"rows.done.1" [i64 1, label %"row5.1" i64 2, label %"row4.1" i64 3, label %"row3.1" i64 4, label %"row2.1" i64 5, label %"row1.1" i64 6, label %"row0.1"]
tail.else.endif:
  br label %"tail.endif"
tail.else.if.if:
  %".1053" = mul i64 0, %"ldc"
  %".1054" = add i64 %".1053", 0
  %".1055" = getelementptr inbounds float, ptr %"c", i64 %".1054"
  store <8 x float> %".342", ptr %".1055", align 4
  %".1057" = mul i64 0, %"ldc"
  %".1058" = add i64 %".1057", 8
  %".1059" = getelementptr inbounds float, ptr %"c", i64 %".1058"
  store <8 x float> %".343", ptr %".1059", align 4
  %".1061" = mul i64 1, %"ldc"
  %".1062" = add i64 %".1061", 0
  %".1063" = getelementptr inbounds float, ptr %"c", i64 %".1062"
  store <8 x float> %".344", ptr %".1063", align 4
  %".1065" = mul i64 1, %"ldc"
  %".1066" = add i64 %".1065", 8
  %".1067" = getelementptr inbounds float, ptr %"c", i64 %".1066"
  store <8 x float> %".345", ptr %".1067", align 4
  %".1069" = mul i64 2, %"ldc"
  %".1070" = add i64 %".1069", 0
  %".1071" = getelementptr inbounds float, ptr %"c", i64 %".1070"
  store <8 x float> %".346", ptr %".1071", align 4
  %".1073" = mul i64 2, %"ldc"
  %".1074" = add i64 %".1073", 8
  %".1075" = getelementptr inbounds float, ptr %"c", i64 %".1074"
  store <8 x float> %".347", ptr %".1075", align 4
  %".1077" = mul i64 3, %"ldc"
  %".1078" = add i64 %".1077", 0
  %".1079" = getelementptr inbounds float, ptr %"c", i64 %".1078"
  store <8 x float> %".348", ptr %".1079", align 4
  %".1081" = mul i64 3, %"ldc"
  %".1082" = add i64 %".1081", 8
  %".1083" = getelementptr inbounds float, ptr %"c", i64 %".1082"
  store <8 x float> %".349", ptr %".1083", align 4
  %".1085" = mul i64 4, %"ldc"
  %".1086" = add i64 %".1085", 0
  %".1087" = getelementptr inbounds float, ptr %"c", i64 %".1086"
  store <8 x float> %".350", ptr %".1087", align 4
  %".1089" = mul i64 4, %"ldc"
  %".1090" = add i64 %".1089", 8
  %".1091" = getelementptr inbounds float, ptr %"c", i64 %".1090"
  store <8 x float> %".351", ptr %".1091", align 4
  %".1093" = mul i64 5, %"ldc"
  %".1094" = add i64 %".1093", 0
  %".1095" = getelementptr inbounds float, ptr %"c", i64 %".1094"
  store <8 x float> %".352", ptr %".1095", align 4
  %".1097" = mul i64 5, %"ldc"
  %".1098" = add i64 %".1097", 8
  %".1099" = getelementptr inbounds float, ptr %"c", i64 %".1098"
  store <8 x float> %".353", ptr %".1099", align 4
  br label %"tail.else.if.endif"
tail.else.if.else:
  %".1102" = mul i64 0, %"ldc"
  %".1103" = add i64 %".1102", 0
  %".1104" = getelementptr inbounds float, ptr %"c", i64 %".1103"
  %".1105" = load <8 x float>, ptr %".1104", align 4
  %".1106" = fadd reassoc contract nsz <8 x float> %".1105", %".342"
  store <8 x float> %".1106", ptr %".1104", align 4
  %".1108" = mul i64 0, %"ldc"
  %".1109" = add i64 %".1108", 8
  %".1110" = getelementptr inbounds float, ptr %"c", i64 %".1109"
  %".1111" = load <8 x float>, ptr %".1110", align 4
  %".1112" = fadd reassoc contract nsz <8 x float> %".1111", %".343"
  store <8 x float> %".1112", ptr %".1110", align 4
  %".1114" = mul i64 1, %"ldc"
  %".1115" = add i64 %".1114", 0
  %".1116" = getelementptr inbounds float, ptr %"c", i64 %".1115"
  %".1117" = load <8 x float>, ptr %".1116", align 4
  %".1118" = fadd reassoc contract nsz <8 x float> %".1117", %".344"
  store <8 x float> %".1118", ptr %".1116", align 4
  %".1120" = mul i64 1, %"ldc"
  %".1121" = add i64 %".1120", 8
  %".1122" = getelementptr inbounds float, ptr %"c", i64 %".1121"
  %".1123" = load <8 x float>, ptr %".1122", align 4
  %".1124" = fadd reassoc contract nsz <8 x float> %".1123", %".345"
  store <8 x float> %".1124", ptr %".1122", align 4
  %".1126" = mul i64 2, %"ldc"
  %".1127" = add i64 %".1126", 0
  %".1128" = getelementptr inbounds float, ptr %"c", i64 %".1127"
  %".1129" = load <8 x float>, ptr %".1128", align 4
  %".1130" = fadd reassoc contract nsz <8 x float> %".1129", %".346"
  store <8 x float> %".1130", ptr %".1128", align 4
  %".1132" = mul i64 2, %"ldc"
  %".1133" = add i64 %".1132", 8
  %".1134" = getelementptr inbounds float, ptr %"c", i64 %".1133"
  %".1135" = load <8 x float>, ptr %".1134", align 4
  %".1136" = fadd reassoc contract nsz <8 x float> %".1135", %".347"
  store <8 x float> %".1136", ptr %".1134", align 4
  %".1138" = mul i64 3, %"ldc"
  %".1139" = add i64 %".1138", 0
  %".1140" = getelementptr inbounds float, ptr %"c", i64 %".1139"
  %".1141" = load <8 x float>, ptr %".1140", align 4
  %".1142" = fadd reassoc contract nsz <8 x float> %".1141", %".348"
  store <8 x float> %".1142", ptr %".1140", align 4
  %".1144" = mul i64 3, %"ldc"
  %".1145" = add i64 %".1144", 8
  %".1146" = getelementptr inbounds float, ptr %"c", i64 %".1145"
  %".1147" = load <8 x float>, ptr %".1146", align 4
  %".1148" = fadd reassoc contract nsz <8 x float> %".1147", %".349"
  store <8 x float> %".1148", ptr %".1146", align 4
  %".1150" = mul i64 4, %"ldc"
  %".1151" = add i64 %".1150", 0
  %".1152" = getelementptr inbounds float, ptr %"c", i64 %".1151"
  %".1153" = load <8 x float>, ptr %".1152", align 4
  %".1154" = fadd reassoc contract nsz <8 x float> %".1153", %".350"
  store <8 x float> %".1154", ptr %".1152", align 4
  %".1156" = mul i64 4, %"ldc"
  %".1157" = add i64 %".1156", 8
  %".1158" = getelementptr inbounds float, ptr %"c", i64 %".1157"
  %".1159" = load <8 x float>, ptr %".1158", align 4
  %".1160" = fadd reassoc contract nsz <8 x float> %".1159", %".351"
  store <8 x float> %".1160", ptr %".1158", align 4
  %".1162" = mul i64 5, %"ldc"
  %".1163" = add i64 %".1162", 0
  %".1164" = getelementptr inbounds float, ptr %"c", i64 %".1163"
  %".1165" = load <8 x float>, ptr %".1164", align 4
  %".1166" = fadd reassoc contract nsz <8 x float> %".1165", %".352"
  store <8 x float> %".1166", ptr %".1164", align 4
  %".1168" = mul i64 5, %"ldc"
  %".1169" = add i64 %".1168", 8
  %".1170" = getelementptr inbounds float, ptr %"c", i64 %".1169"
  %".1171" = load <8 x float>, ptr %".1170", align 4
  %".1172" = fadd reassoc contract nsz <8 x float> %".1171", %".353"
  store <8 x float> %".1172", ptr %".1170", align 4
  br label %"tail.else.if.endif"
tail.else.if.endif:
  br label %"tail.else.endif"
rows.done.1:
  br label %"tail.else.endif"
row0.1:
  %".1181" = mul i64 5, %"ldc"
  %".1182" = add i64 %".1181", 0
  %".1183" = getelementptr inbounds float, ptr %"c", i64 %".1182"
  %".1184" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1183", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1185" = fadd reassoc contract nsz <8 x float> %".1184", %".352"
  %".1186" = select  i1 %"first", <8 x float> %".352", <8 x float> %".1185"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1186", ptr %".1183", i32 4, <8 x i1> %".1178")
  %".1188" = mul i64 5, %"ldc"
  %".1189" = add i64 %".1188", 8
  %".1190" = getelementptr inbounds float, ptr %"c", i64 %".1189"
  %".1191" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1190", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1192" = fadd reassoc contract nsz <8 x float> %".1191", %".353"
  %".1193" = select  i1 %"first", <8 x float> %".353", <8 x float> %".1192"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1193", ptr %".1190", i32 4, <8 x i1> %".1179")
  br label %"row1.1"
row1.1:
  %".1196" = mul i64 4, %"ldc"
  %".1197" = add i64 %".1196", 0
  %".1198" = getelementptr inbounds float, ptr %"c", i64 %".1197"
  %".1199" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1198", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1200" = fadd reassoc contract nsz <8 x float> %".1199", %".350"
  %".1201" = select  i1 %"first", <8 x float> %".350", <8 x float> %".1200"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1201", ptr %".1198", i32 4, <8 x i1> %".1178")
  %".1203" = mul i64 4, %"ldc"
  %".1204" = add i64 %".1203", 8
  %".1205" = getelementptr inbounds float, ptr %"c", i64 %".1204"
  %".1206" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1205", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1207" = fadd reassoc contract nsz <8 x float> %".1206", %".351"
  %".1208" = select  i1 %"first", <8 x float> %".351", <8 x float> %".1207"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1208", ptr %".1205", i32 4, <8 x i1> %".1179")
  br label %"row2.1"
row2.1:
  %".1211" = mul i64 3, %"ldc"
  %".1212" = add i64 %".1211", 0
  %".1213" = getelementptr inbounds float, ptr %"c", i64 %".1212"
  %".1214" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1213", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1215" = fadd reassoc contract nsz <8 x float> %".1214", %".348"
  %".1216" = select  i1 %"first", <8 x float> %".348", <8 x float> %".1215"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1216", ptr %".1213", i32 4, <8 x i1> %".1178")
  %".1218" = mul i64 3, %"ldc"
  %".1219" = add i64 %".1218", 8
  %".1220" = getelementptr inbounds float, ptr %"c", i64 %".1219"
  %".1221" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1220", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1222" = fadd reassoc contract nsz <8 x float> %".1221", %".349"
  %".1223" = select  i1 %"first", <8 x float> %".349", <8 x float> %".1222"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1223", ptr %".1220", i32 4, <8 x i1> %".1179")
  br label %"row3.1"
row3.1:
  %".1226" = mul i64 2, %"ldc"
  %".1227" = add i64 %".1226", 0
  %".1228" = getelementptr inbounds float, ptr %"c", i64 %".1227"
  %".1229" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1228", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1230" = fadd reassoc contract nsz <8 x float> %".1229", %".346"
  %".1231" = select  i1 %"first", <8 x float> %".346", <8 x float> %".1230"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1231", ptr %".1228", i32 4, <8 x i1> %".1178")
  %".1233" = mul i64 2, %"ldc"
  %".1234" = add i64 %".1233", 8
  %".1235" = getelementptr inbounds float, ptr %"c", i64 %".1234"
  %".1236" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1235", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1237" = fadd reassoc contract nsz <8 x float> %".1236", %".347"
  %".1238" = select  i1 %"first", <8 x float> %".347", <8 x float> %".1237"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1238", ptr %".1235", i32 4, <8 x i1> %".1179")
  br label %"row4.1"
row4.1:
  %".1241" = mul i64 1, %"ldc"
  %".1242" = add i64 %".1241", 0
  %".1243" = getelementptr inbounds float, ptr %"c", i64 %".1242"
  %".1244" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1243", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1245" = fadd reassoc contract nsz <8 x float> %".1244", %".344"
  %".1246" = select  i1 %"first", <8 x float> %".344", <8 x float> %".1245"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1246", ptr %".1243", i32 4, <8 x i1> %".1178")
  %".1248" = mul i64 1, %"ldc"
  %".1249" = add i64 %".1248", 8
  %".1250" = getelementptr inbounds float, ptr %"c", i64 %".1249"
  %".1251" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1250", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1252" = fadd reassoc contract nsz <8 x float> %".1251", %".345"
  %".1253" = select  i1 %"first", <8 x float> %".345", <8 x float> %".1252"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1253", ptr %".1250", i32 4, <8 x i1> %".1179")
  br label %"row5.1"
row5.1:
  %".1256" = mul i64 0, %"ldc"
  %".1257" = add i64 %".1256", 0
  %".1258" = getelementptr inbounds float, ptr %"c", i64 %".1257"
  %".1259" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1258", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1260" = fadd reassoc contract nsz <8 x float> %".1259", %".342"
  %".1261" = select  i1 %"first", <8 x float> %".342", <8 x float> %".1260"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1261", ptr %".1258", i32 4, <8 x i1> %".1178")
  %".1263" = mul i64 0, %"ldc"
  %".1264" = add i64 %".1263", 8
  %".1265" = getelementptr inbounds float, ptr %"c", i64 %".1264"
  %".1266" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1265", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1267" = fadd reassoc contract nsz <8 x float> %".1266", %".343"
  %".1268" = select  i1 %"first", <8 x float> %".343", <8 x float> %".1267"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1268", ptr %".1265", i32 4, <8 x i1> %".1179")
  br label %"rows.done.1"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".1", <8 x float> %".2")

define internal void @"gv_gemm_f32.ukernel3"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"ebias", ptr %"eres", i64 %"eldr", float %"elo", i1 %"epi")
{
entry:
  br i1 %"epi", label %"entry.if", label %"entry.endif"
entry.if:
  %".16" = mul i64 0, %"eldr"
  %".17" = getelementptr float, ptr %"eres", i64 %".16"
  %".18" = getelementptr i8, ptr %".17", i64 0
  call void @"llvm.prefetch.p0"(ptr %".18", i32 0, i32 3, i32 1)
  %".20" = getelementptr i8, ptr %".17", i64 63
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".22" = mul i64 1, %"eldr"
  %".23" = getelementptr float, ptr %"eres", i64 %".22"
  %".24" = getelementptr i8, ptr %".23", i64 0
  call void @"llvm.prefetch.p0"(ptr %".24", i32 0, i32 3, i32 1)
  %".26" = getelementptr i8, ptr %".23", i64 63
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = mul i64 2, %"eldr"
  %".29" = getelementptr float, ptr %"eres", i64 %".28"
  %".30" = getelementptr i8, ptr %".29", i64 0
  call void @"llvm.prefetch.p0"(ptr %".30", i32 0, i32 3, i32 1)
  %".32" = getelementptr i8, ptr %".29", i64 63
  call void @"llvm.prefetch.p0"(ptr %".32", i32 0, i32 3, i32 1)
  br label %"entry.endif"
entry.endif:
  %".35" = and i64 %"kc", -4
  %".36" = icmp sgt i64 %".35", 0
  br i1 %".36", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry.endif"], [%".158", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".142", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".143", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".149", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".150", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".156", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".157", %"main"]
  %".38" = add i64 %"k", 0
  %".39" = mul i64 %".38", 16
  %".40" = add i64 %".39", 0
  %".41" = getelementptr inbounds float, ptr %"bp", i64 %".40"
  %".42" = load <8 x float>, ptr %".41", align 32
  %".43" = add i64 %".39", 8
  %".44" = getelementptr inbounds float, ptr %"bp", i64 %".43"
  %".45" = load <8 x float>, ptr %".44", align 32
  %".46" = mul i64 %".38", 6
  %".47" = add i64 %".46", 0
  %".48" = getelementptr inbounds float, ptr %"ap", i64 %".47"
  %".49" = load float, ptr %".48"
  %".50" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".49", i32 0
  %".51" = shufflevector <8 x float> %".50", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".52" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".51", <8 x float> %".42", <8 x float> %"acc0")
  %".53" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".51", <8 x float> %".45", <8 x float> %"acc1")
  %".54" = add i64 %".46", 1
  %".55" = getelementptr inbounds float, ptr %"ap", i64 %".54"
  %".56" = load float, ptr %".55"
  %".57" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".56", i32 0
  %".58" = shufflevector <8 x float> %".57", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".59" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".58", <8 x float> %".42", <8 x float> %"acc2")
  %".60" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".58", <8 x float> %".45", <8 x float> %"acc3")
  %".61" = add i64 %".46", 2
  %".62" = getelementptr inbounds float, ptr %"ap", i64 %".61"
  %".63" = load float, ptr %".62"
  %".64" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".63", i32 0
  %".65" = shufflevector <8 x float> %".64", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".66" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".65", <8 x float> %".42", <8 x float> %"acc4")
  %".67" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".65", <8 x float> %".45", <8 x float> %"acc5")
  %".68" = add i64 %"k", 1
  %".69" = mul i64 %".68", 16
  %".70" = add i64 %".69", 0
  %".71" = getelementptr inbounds float, ptr %"bp", i64 %".70"
  %".72" = load <8 x float>, ptr %".71", align 32
  %".73" = add i64 %".69", 8
  %".74" = getelementptr inbounds float, ptr %"bp", i64 %".73"
  %".75" = load <8 x float>, ptr %".74", align 32
  %".76" = mul i64 %".68", 6
  %".77" = add i64 %".76", 0
  %".78" = getelementptr inbounds float, ptr %"ap", i64 %".77"
  %".79" = load float, ptr %".78"
  %".80" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".79", i32 0
  %".81" = shufflevector <8 x float> %".80", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".82" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".81", <8 x float> %".72", <8 x float> %".52")
  %".83" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".81", <8 x float> %".75", <8 x float> %".53")
  %".84" = add i64 %".76", 1
  %".85" = getelementptr inbounds float, ptr %"ap", i64 %".84"
  %".86" = load float, ptr %".85"
  %".87" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".86", i32 0
  %".88" = shufflevector <8 x float> %".87", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".89" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".88", <8 x float> %".72", <8 x float> %".59")
  %".90" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".88", <8 x float> %".75", <8 x float> %".60")
  %".91" = add i64 %".76", 2
  %".92" = getelementptr inbounds float, ptr %"ap", i64 %".91"
  %".93" = load float, ptr %".92"
  %".94" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".93", i32 0
  %".95" = shufflevector <8 x float> %".94", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".96" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".72", <8 x float> %".66")
  %".97" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".75", <8 x float> %".67")
  %".98" = add i64 %"k", 2
  %".99" = mul i64 %".98", 16
  %".100" = add i64 %".99", 0
  %".101" = getelementptr inbounds float, ptr %"bp", i64 %".100"
  %".102" = load <8 x float>, ptr %".101", align 32
  %".103" = add i64 %".99", 8
  %".104" = getelementptr inbounds float, ptr %"bp", i64 %".103"
  %".105" = load <8 x float>, ptr %".104", align 32
  %".106" = mul i64 %".98", 6
  %".107" = add i64 %".106", 0
  %".108" = getelementptr inbounds float, ptr %"ap", i64 %".107"
  %".109" = load float, ptr %".108"
  %".110" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".109", i32 0
  %".111" = shufflevector <8 x float> %".110", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".112" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".111", <8 x float> %".102", <8 x float> %".82")
  %".113" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".111", <8 x float> %".105", <8 x float> %".83")
  %".114" = add i64 %".106", 1
  %".115" = getelementptr inbounds float, ptr %"ap", i64 %".114"
  %".116" = load float, ptr %".115"
  %".117" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".116", i32 0
  %".118" = shufflevector <8 x float> %".117", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".119" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".118", <8 x float> %".102", <8 x float> %".89")
  %".120" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".118", <8 x float> %".105", <8 x float> %".90")
  %".121" = add i64 %".106", 2
  %".122" = getelementptr inbounds float, ptr %"ap", i64 %".121"
  %".123" = load float, ptr %".122"
  %".124" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".123", i32 0
  %".125" = shufflevector <8 x float> %".124", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".126" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".125", <8 x float> %".102", <8 x float> %".96")
  %".127" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".125", <8 x float> %".105", <8 x float> %".97")
  %".128" = add i64 %"k", 3
  %".129" = mul i64 %".128", 16
  %".130" = add i64 %".129", 0
  %".131" = getelementptr inbounds float, ptr %"bp", i64 %".130"
  %".132" = load <8 x float>, ptr %".131", align 32
  %".133" = add i64 %".129", 8
  %".134" = getelementptr inbounds float, ptr %"bp", i64 %".133"
  %".135" = load <8 x float>, ptr %".134", align 32
  %".136" = mul i64 %".128", 6
  %".137" = add i64 %".136", 0
  %".138" = getelementptr inbounds float, ptr %"ap", i64 %".137"
  %".139" = load float, ptr %".138"
  %".140" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <8 x float> %".140", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".141", <8 x float> %".132", <8 x float> %".112")
  %".143" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".141", <8 x float> %".135", <8 x float> %".113")
  %".144" = add i64 %".136", 1
  %".145" = getelementptr inbounds float, ptr %"ap", i64 %".144"
  %".146" = load float, ptr %".145"
  %".147" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".146", i32 0
  %".148" = shufflevector <8 x float> %".147", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".149" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".148", <8 x float> %".132", <8 x float> %".119")
  %".150" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".148", <8 x float> %".135", <8 x float> %".120")
  %".151" = add i64 %".136", 2
  %".152" = getelementptr inbounds float, ptr %"ap", i64 %".151"
  %".153" = load float, ptr %".152"
  %".154" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".153", i32 0
  %".155" = shufflevector <8 x float> %".154", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".156" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".155", <8 x float> %".132", <8 x float> %".126")
  %".157" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".155", <8 x float> %".135", <8 x float> %".127")
  %".158" = add i64 %"k", 4
  %".159" = icmp slt i64 %".158", %".35"
  br i1 %".159", label %"main", label %"mid"
mid:
  %".161" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".142", %"main"]
  %".162" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".143", %"main"]
  %".163" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".149", %"main"]
  %".164" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".150", %"main"]
  %".165" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".156", %"main"]
  %".166" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".157", %"main"]
  %".167" = icmp slt i64 %".35", %"kc"
  br i1 %".167", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".35", %"mid"], [%".204", %"rem"]
  %".169" = phi  <8 x float> [%".161", %"mid"], [%".188", %"rem"]
  %".170" = phi  <8 x float> [%".162", %"mid"], [%".189", %"rem"]
  %".171" = phi  <8 x float> [%".163", %"mid"], [%".195", %"rem"]
  %".172" = phi  <8 x float> [%".164", %"mid"], [%".196", %"rem"]
  %".173" = phi  <8 x float> [%".165", %"mid"], [%".202", %"rem"]
  %".174" = phi  <8 x float> [%".166", %"mid"], [%".203", %"rem"]
  %".175" = mul i64 %"k1", 16
  %".176" = add i64 %".175", 0
  %".177" = getelementptr inbounds float, ptr %"bp", i64 %".176"
  %".178" = load <8 x float>, ptr %".177", align 32
  %".179" = add i64 %".175", 8
  %".180" = getelementptr inbounds float, ptr %"bp", i64 %".179"
  %".181" = load <8 x float>, ptr %".180", align 32
  %".182" = mul i64 %"k1", 6
  %".183" = add i64 %".182", 0
  %".184" = getelementptr inbounds float, ptr %"ap", i64 %".183"
  %".185" = load float, ptr %".184"
  %".186" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".185", i32 0
  %".187" = shufflevector <8 x float> %".186", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".188" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".187", <8 x float> %".178", <8 x float> %".169")
  %".189" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".187", <8 x float> %".181", <8 x float> %".170")
  %".190" = add i64 %".182", 1
  %".191" = getelementptr inbounds float, ptr %"ap", i64 %".190"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <8 x float> %".193", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".178", <8 x float> %".171")
  %".196" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".181", <8 x float> %".172")
  %".197" = add i64 %".182", 2
  %".198" = getelementptr inbounds float, ptr %"ap", i64 %".197"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <8 x float> %".200", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".178", <8 x float> %".173")
  %".203" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".181", <8 x float> %".174")
  %".204" = add i64 %"k1", 1
  %".205" = icmp slt i64 %".204", %"kc"
  br i1 %".205", label %"rem", label %"tail"
tail:
  %".207" = phi  <8 x float> [%".161", %"mid"], [%".188", %"rem"]
  %".208" = phi  <8 x float> [%".162", %"mid"], [%".189", %"rem"]
  %".209" = phi  <8 x float> [%".163", %"mid"], [%".195", %"rem"]
  %".210" = phi  <8 x float> [%".164", %"mid"], [%".196", %"rem"]
  %".211" = phi  <8 x float> [%".165", %"mid"], [%".202", %"rem"]
  %".212" = phi  <8 x float> [%".166", %"mid"], [%".203", %"rem"]
  br i1 %"epi", label %"tail.if", label %"tail.else"
tail.if:
  %".214" = icmp eq i64 %"mr", 3
  %".215" = icmp eq i64 %"nr", 16
  %".216" = and i1 %".214", %".215"
  br i1 %".216", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".568" = icmp eq i64 %"mr", 3
  %".569" = icmp eq i64 %"nr", 16
  %".570" = and i1 %".568", %".569"
  br i1 %".570", label %"tail.else.if", label %"tail.else.else"
tail.endif:
  ret void
tail.if.if:
  br i1 %"first", label %"tail.if.if.if", label %"tail.if.if.else"
tail.if.else:
  %".438" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".439" = shufflevector <8 x i64> %".438", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".440" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".439"
  %".441" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".439"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row2" i64 2, label %"row1" i64 3, label %"row0"]
tail.if.endif:
  br label %"tail.endif"
tail.if.if.if:
  %".219" = mul i64 0, %"ldc"
  %".220" = add i64 %".219", 0
  %".221" = getelementptr inbounds float, ptr %"c", i64 %".220"
  %".222" = getelementptr float, ptr %"ebias", i64 0
  %".223" = load float, ptr %".222"
  %".224" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".223", i32 0
  %".225" = shufflevector <8 x float> %".224", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".226" = fadd <8 x float> %".207", %".225"
  %".227" = mul i64 0, %"eldr"
  %".228" = add i64 %".227", 0
  %".229" = getelementptr float, ptr %"eres", i64 %".228"
  %".230" = load <8 x float>, ptr %".229", align 4
  %".231" = fadd <8 x float> %".226", %".230"
  %".232" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".233" = shufflevector <8 x float> %".232", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".234" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".231", <8 x float> %".233")
  store <8 x float> %".234", ptr %".221", align 4
  %".236" = mul i64 0, %"ldc"
  %".237" = add i64 %".236", 8
  %".238" = getelementptr inbounds float, ptr %"c", i64 %".237"
  %".239" = getelementptr float, ptr %"ebias", i64 0
  %".240" = load float, ptr %".239"
  %".241" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".240", i32 0
  %".242" = shufflevector <8 x float> %".241", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".243" = fadd <8 x float> %".208", %".242"
  %".244" = mul i64 0, %"eldr"
  %".245" = add i64 %".244", 8
  %".246" = getelementptr float, ptr %"eres", i64 %".245"
  %".247" = load <8 x float>, ptr %".246", align 4
  %".248" = fadd <8 x float> %".243", %".247"
  %".249" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".250" = shufflevector <8 x float> %".249", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".251" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".248", <8 x float> %".250")
  store <8 x float> %".251", ptr %".238", align 4
  %".253" = mul i64 1, %"ldc"
  %".254" = add i64 %".253", 0
  %".255" = getelementptr inbounds float, ptr %"c", i64 %".254"
  %".256" = getelementptr float, ptr %"ebias", i64 1
  %".257" = load float, ptr %".256"
  %".258" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".257", i32 0
  %".259" = shufflevector <8 x float> %".258", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".260" = fadd <8 x float> %".209", %".259"
  %".261" = mul i64 1, %"eldr"
  %".262" = add i64 %".261", 0
  %".263" = getelementptr float, ptr %"eres", i64 %".262"
  %".264" = load <8 x float>, ptr %".263", align 4
  %".265" = fadd <8 x float> %".260", %".264"
  %".266" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".267" = shufflevector <8 x float> %".266", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".268" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".265", <8 x float> %".267")
  store <8 x float> %".268", ptr %".255", align 4
  %".270" = mul i64 1, %"ldc"
  %".271" = add i64 %".270", 8
  %".272" = getelementptr inbounds float, ptr %"c", i64 %".271"
  %".273" = getelementptr float, ptr %"ebias", i64 1
  %".274" = load float, ptr %".273"
  %".275" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".274", i32 0
  %".276" = shufflevector <8 x float> %".275", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = fadd <8 x float> %".210", %".276"
  %".278" = mul i64 1, %"eldr"
  %".279" = add i64 %".278", 8
  %".280" = getelementptr float, ptr %"eres", i64 %".279"
  %".281" = load <8 x float>, ptr %".280", align 4
  %".282" = fadd <8 x float> %".277", %".281"
  %".283" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".284" = shufflevector <8 x float> %".283", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".285" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".282", <8 x float> %".284")
  store <8 x float> %".285", ptr %".272", align 4
  %".287" = mul i64 2, %"ldc"
  %".288" = add i64 %".287", 0
  %".289" = getelementptr inbounds float, ptr %"c", i64 %".288"
  %".290" = getelementptr float, ptr %"ebias", i64 2
  %".291" = load float, ptr %".290"
  %".292" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".291", i32 0
  %".293" = shufflevector <8 x float> %".292", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".294" = fadd <8 x float> %".211", %".293"
  %".295" = mul i64 2, %"eldr"
  %".296" = add i64 %".295", 0
  %".297" = getelementptr float, ptr %"eres", i64 %".296"
  %".298" = load <8 x float>, ptr %".297", align 4
  %".299" = fadd <8 x float> %".294", %".298"
  %".300" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".301" = shufflevector <8 x float> %".300", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".302" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".299", <8 x float> %".301")
  store <8 x float> %".302", ptr %".289", align 4
  %".304" = mul i64 2, %"ldc"
  %".305" = add i64 %".304", 8
  %".306" = getelementptr inbounds float, ptr %"c", i64 %".305"
  %".307" = getelementptr float, ptr %"ebias", i64 2
  %".308" = load float, ptr %".307"
  %".309" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".308", i32 0
  %".310" = shufflevector <8 x float> %".309", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".311" = fadd <8 x float> %".212", %".310"
  %".312" = mul i64 2, %"eldr"
  %".313" = add i64 %".312", 8
  %".314" = getelementptr float, ptr %"eres", i64 %".313"
  %".315" = load <8 x float>, ptr %".314", align 4
  %".316" = fadd <8 x float> %".311", %".315"
  %".317" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".318" = shufflevector <8 x float> %".317", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".319" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".316", <8 x float> %".318")
  store <8 x float> %".319", ptr %".306", align 4
  br label %"tail.if.if.endif"
tail.if.if.else:
  %".322" = mul i64 0, %"ldc"
  %".323" = add i64 %".322", 0
  %".324" = getelementptr inbounds float, ptr %"c", i64 %".323"
  %".325" = load <8 x float>, ptr %".324", align 4
  %".326" = fadd reassoc contract nsz <8 x float> %".325", %".207"
  %".327" = getelementptr float, ptr %"ebias", i64 0
  %".328" = load float, ptr %".327"
  %".329" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".328", i32 0
  %".330" = shufflevector <8 x float> %".329", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".331" = fadd <8 x float> %".326", %".330"
  %".332" = mul i64 0, %"eldr"
  %".333" = add i64 %".332", 0
  %".334" = getelementptr float, ptr %"eres", i64 %".333"
  %".335" = load <8 x float>, ptr %".334", align 4
  %".336" = fadd <8 x float> %".331", %".335"
  %".337" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".338" = shufflevector <8 x float> %".337", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".339" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".336", <8 x float> %".338")
  store <8 x float> %".339", ptr %".324", align 4
  %".341" = mul i64 0, %"ldc"
  %".342" = add i64 %".341", 8
  %".343" = getelementptr inbounds float, ptr %"c", i64 %".342"
  %".344" = load <8 x float>, ptr %".343", align 4
  %".345" = fadd reassoc contract nsz <8 x float> %".344", %".208"
  %".346" = getelementptr float, ptr %"ebias", i64 0
  %".347" = load float, ptr %".346"
  %".348" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".347", i32 0
  %".349" = shufflevector <8 x float> %".348", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".350" = fadd <8 x float> %".345", %".349"
  %".351" = mul i64 0, %"eldr"
  %".352" = add i64 %".351", 8
  %".353" = getelementptr float, ptr %"eres", i64 %".352"
  %".354" = load <8 x float>, ptr %".353", align 4
  %".355" = fadd <8 x float> %".350", %".354"
  %".356" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".357" = shufflevector <8 x float> %".356", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".358" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".355", <8 x float> %".357")
  store <8 x float> %".358", ptr %".343", align 4
  %".360" = mul i64 1, %"ldc"
  %".361" = add i64 %".360", 0
  %".362" = getelementptr inbounds float, ptr %"c", i64 %".361"
  %".363" = load <8 x float>, ptr %".362", align 4
  %".364" = fadd reassoc contract nsz <8 x float> %".363", %".209"
  %".365" = getelementptr float, ptr %"ebias", i64 1
  %".366" = load float, ptr %".365"
  %".367" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".366", i32 0
  %".368" = shufflevector <8 x float> %".367", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".369" = fadd <8 x float> %".364", %".368"
  %".370" = mul i64 1, %"eldr"
  %".371" = add i64 %".370", 0
  %".372" = getelementptr float, ptr %"eres", i64 %".371"
  %".373" = load <8 x float>, ptr %".372", align 4
  %".374" = fadd <8 x float> %".369", %".373"
  %".375" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".376" = shufflevector <8 x float> %".375", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".377" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".374", <8 x float> %".376")
  store <8 x float> %".377", ptr %".362", align 4
  %".379" = mul i64 1, %"ldc"
  %".380" = add i64 %".379", 8
  %".381" = getelementptr inbounds float, ptr %"c", i64 %".380"
  %".382" = load <8 x float>, ptr %".381", align 4
  %".383" = fadd reassoc contract nsz <8 x float> %".382", %".210"
  %".384" = getelementptr float, ptr %"ebias", i64 1
  %".385" = load float, ptr %".384"
  %".386" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".385", i32 0
  %".387" = shufflevector <8 x float> %".386", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".388" = fadd <8 x float> %".383", %".387"
  %".389" = mul i64 1, %"eldr"
  %".390" = add i64 %".389", 8
  %".391" = getelementptr float, ptr %"eres", i64 %".390"
  %".392" = load <8 x float>, ptr %".391", align 4
  %".393" = fadd <8 x float> %".388", %".392"
  %".394" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".395" = shufflevector <8 x float> %".394", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".396" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".393", <8 x float> %".395")
  store <8 x float> %".396", ptr %".381", align 4
  %".398" = mul i64 2, %"ldc"
  %".399" = add i64 %".398", 0
  %".400" = getelementptr inbounds float, ptr %"c", i64 %".399"
  %".401" = load <8 x float>, ptr %".400", align 4
  %".402" = fadd reassoc contract nsz <8 x float> %".401", %".211"
  %".403" = getelementptr float, ptr %"ebias", i64 2
  %".404" = load float, ptr %".403"
  %".405" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".404", i32 0
  %".406" = shufflevector <8 x float> %".405", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".407" = fadd <8 x float> %".402", %".406"
  %".408" = mul i64 2, %"eldr"
  %".409" = add i64 %".408", 0
  %".410" = getelementptr float, ptr %"eres", i64 %".409"
  %".411" = load <8 x float>, ptr %".410", align 4
  %".412" = fadd <8 x float> %".407", %".411"
  %".413" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".414" = shufflevector <8 x float> %".413", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".415" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".412", <8 x float> %".414")
  store <8 x float> %".415", ptr %".400", align 4
  %".417" = mul i64 2, %"ldc"
  %".418" = add i64 %".417", 8
  %".419" = getelementptr inbounds float, ptr %"c", i64 %".418"
  %".420" = load <8 x float>, ptr %".419", align 4
  %".421" = fadd reassoc contract nsz <8 x float> %".420", %".212"
  %".422" = getelementptr float, ptr %"ebias", i64 2
  %".423" = load float, ptr %".422"
  %".424" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".423", i32 0
  %".425" = shufflevector <8 x float> %".424", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".426" = fadd <8 x float> %".421", %".425"
  %".427" = mul i64 2, %"eldr"
  %".428" = add i64 %".427", 8
  %".429" = getelementptr float, ptr %"eres", i64 %".428"
  %".430" = load <8 x float>, ptr %".429", align 4
  %".431" = fadd <8 x float> %".426", %".430"
  %".432" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".433" = shufflevector <8 x float> %".432", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".434" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".431", <8 x float> %".433")
  store <8 x float> %".434", ptr %".419", align 4
  br label %"tail.if.if.endif"
tail.if.if.endif:
  br label %"tail.if.endif"
rows.done:
  br label %"tail.if.endif"
row0:
  %".443" = mul i64 2, %"ldc"
  %".444" = add i64 %".443", 0
  %".445" = getelementptr inbounds float, ptr %"c", i64 %".444"
  %".446" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".445", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".447" = fadd reassoc contract nsz <8 x float> %".446", %".211"
  %".448" = select  i1 %"first", <8 x float> %".211", <8 x float> %".447"
  %".449" = getelementptr float, ptr %"ebias", i64 2
  %".450" = load float, ptr %".449"
  %".451" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".450", i32 0
  %".452" = shufflevector <8 x float> %".451", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".453" = fadd <8 x float> %".448", %".452"
  %".454" = mul i64 2, %"eldr"
  %".455" = add i64 %".454", 0
  %".456" = getelementptr float, ptr %"eres", i64 %".455"
  %".457" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".456", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".458" = fadd <8 x float> %".453", %".457"
  %".459" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".460" = shufflevector <8 x float> %".459", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".461" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".458", <8 x float> %".460")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".461", ptr %".445", i32 4, <8 x i1> %".440")
  %".463" = mul i64 2, %"ldc"
  %".464" = add i64 %".463", 8
  %".465" = getelementptr inbounds float, ptr %"c", i64 %".464"
  %".466" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".465", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".467" = fadd reassoc contract nsz <8 x float> %".466", %".212"
  %".468" = select  i1 %"first", <8 x float> %".212", <8 x float> %".467"
  %".469" = getelementptr float, ptr %"ebias", i64 2
  %".470" = load float, ptr %".469"
  %".471" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".470", i32 0
  %".472" = shufflevector <8 x float> %".471", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".473" = fadd <8 x float> %".468", %".472"
  %".474" = mul i64 2, %"eldr"
  %".475" = add i64 %".474", 8
  %".476" = getelementptr float, ptr %"eres", i64 %".475"
  %".477" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".476", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".478" = fadd <8 x float> %".473", %".477"
  %".479" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".480" = shufflevector <8 x float> %".479", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".481" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".478", <8 x float> %".480")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".481", ptr %".465", i32 4, <8 x i1> %".441")
  br label %"row1"
row1:
  %".484" = mul i64 1, %"ldc"
  %".485" = add i64 %".484", 0
  %".486" = getelementptr inbounds float, ptr %"c", i64 %".485"
  %".487" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".486", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".488" = fadd reassoc contract nsz <8 x float> %".487", %".209"
  %".489" = select  i1 %"first", <8 x float> %".209", <8 x float> %".488"
  %".490" = getelementptr float, ptr %"ebias", i64 1
  %".491" = load float, ptr %".490"
  %".492" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".491", i32 0
  %".493" = shufflevector <8 x float> %".492", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".494" = fadd <8 x float> %".489", %".493"
  %".495" = mul i64 1, %"eldr"
  %".496" = add i64 %".495", 0
  %".497" = getelementptr float, ptr %"eres", i64 %".496"
  %".498" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".497", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".499" = fadd <8 x float> %".494", %".498"
  %".500" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".501" = shufflevector <8 x float> %".500", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".502" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".499", <8 x float> %".501")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".502", ptr %".486", i32 4, <8 x i1> %".440")
  %".504" = mul i64 1, %"ldc"
  %".505" = add i64 %".504", 8
  %".506" = getelementptr inbounds float, ptr %"c", i64 %".505"
  %".507" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".506", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".508" = fadd reassoc contract nsz <8 x float> %".507", %".210"
  %".509" = select  i1 %"first", <8 x float> %".210", <8 x float> %".508"
  %".510" = getelementptr float, ptr %"ebias", i64 1
  %".511" = load float, ptr %".510"
  %".512" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".511", i32 0
  %".513" = shufflevector <8 x float> %".512", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".514" = fadd <8 x float> %".509", %".513"
  %".515" = mul i64 1, %"eldr"
  %".516" = add i64 %".515", 8
  %".517" = getelementptr float, ptr %"eres", i64 %".516"
  %".518" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".517", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".519" = fadd <8 x float> %".514", %".518"
  %".520" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".521" = shufflevector <8 x float> %".520", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".522" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".519", <8 x float> %".521")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".522", ptr %".506", i32 4, <8 x i1> %".441")
  br label %"row2"
row2:
  %".525" = mul i64 0, %"ldc"
  %".526" = add i64 %".525", 0
  %".527" = getelementptr inbounds float, ptr %"c", i64 %".526"
  %".528" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".527", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".529" = fadd reassoc contract nsz <8 x float> %".528", %".207"
  %".530" = select  i1 %"first", <8 x float> %".207", <8 x float> %".529"
  %".531" = getelementptr float, ptr %"ebias", i64 0
  %".532" = load float, ptr %".531"
  %".533" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".532", i32 0
  %".534" = shufflevector <8 x float> %".533", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".535" = fadd <8 x float> %".530", %".534"
  %".536" = mul i64 0, %"eldr"
  %".537" = add i64 %".536", 0
  %".538" = getelementptr float, ptr %"eres", i64 %".537"
  %".539" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".538", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".540" = fadd <8 x float> %".535", %".539"
  %".541" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".542" = shufflevector <8 x float> %".541", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".543" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".540", <8 x float> %".542")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".543", ptr %".527", i32 4, <8 x i1> %".440")
  %".545" = mul i64 0, %"ldc"
  %".546" = add i64 %".545", 8
  %".547" = getelementptr inbounds float, ptr %"c", i64 %".546"
  %".548" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".547", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".549" = fadd reassoc contract nsz <8 x float> %".548", %".208"
  %".550" = select  i1 %"first", <8 x float> %".208", <8 x float> %".549"
  %".551" = getelementptr float, ptr %"ebias", i64 0
  %".552" = load float, ptr %".551"
  %".553" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".552", i32 0
  %".554" = shufflevector <8 x float> %".553", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".555" = fadd <8 x float> %".550", %".554"
  %".556" = mul i64 0, %"eldr"
  %".557" = add i64 %".556", 8
  %".558" = getelementptr float, ptr %"eres", i64 %".557"
  %".559" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".558", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".560" = fadd <8 x float> %".555", %".559"
  %".561" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".562" = shufflevector <8 x float> %".561", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".563" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".560", <8 x float> %".562")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".563", ptr %".547", i32 4, <8 x i1> %".441")
  br label %"rows.done"
tail.else.if:
  br i1 %"first", label %"tail.else.if.if", label %"tail.else.if.else"
tail.else.else:
  %".636" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".637" = shufflevector <8 x i64> %".636", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".638" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".637"
  %".639" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".637"
  switch i64 %"mr", label %"rows.done.1" [i64 1, label %"row2.1" i64 2, label %"row1.1" i64 3, label %"row0.1"]
tail.else.endif:
  br label %"tail.endif"
tail.else.if.if:
  %".573" = mul i64 0, %"ldc"
  %".574" = add i64 %".573", 0
  %".575" = getelementptr inbounds float, ptr %"c", i64 %".574"
  store <8 x float> %".207", ptr %".575", align 4
  %".577" = mul i64 0, %"ldc"
  %".578" = add i64 %".577", 8
  %".579" = getelementptr inbounds float, ptr %"c", i64 %".578"
  store <8 x float> %".208", ptr %".579", align 4
  %".581" = mul i64 1, %"ldc"
  %".582" = add i64 %".581", 0
  %".583" = getelementptr inbounds float, ptr %"c", i64 %".582"
  store <8 x float> %".209", ptr %".583", align 4
  %".585" = mul i64 1, %"ldc"
  %".586" = add i64 %".585", 8
  %".587" = getelementptr inbounds float, ptr %"c", i64 %".586"
  store <8 x float> %".210", ptr %".587", align 4
  %".589" = mul i64 2, %"ldc"
  %".590" = add i64 %".589", 0
  %".591" = getelementptr inbounds float, ptr %"c", i64 %".590"
  store <8 x float> %".211", ptr %".591", align 4
  %".593" = mul i64 2, %"ldc"
  %".594" = add i64 %".593", 8
  %".595" = getelementptr inbounds float, ptr %"c", i64 %".594"
  store <8 x float> %".212", ptr %".595", align 4
  br label %"tail.else.if.endif"
tail.else.if.else:
  %".598" = mul i64 0, %"ldc"
  %".599" = add i64 %".598", 0
  %".600" = getelementptr inbounds float, ptr %"c", i64 %".599"
  %".601" = load <8 x float>, ptr %".600", align 4
  %".602" = fadd reassoc contract nsz <8 x float> %".601", %".207"
  store <8 x float> %".602", ptr %".600", align 4
  %".604" = mul i64 0, %"ldc"
  %".605" = add i64 %".604", 8
  %".606" = getelementptr inbounds float, ptr %"c", i64 %".605"
  %".607" = load <8 x float>, ptr %".606", align 4
  %".608" = fadd reassoc contract nsz <8 x float> %".607", %".208"
  store <8 x float> %".608", ptr %".606", align 4
  %".610" = mul i64 1, %"ldc"
  %".611" = add i64 %".610", 0
  %".612" = getelementptr inbounds float, ptr %"c", i64 %".611"
  %".613" = load <8 x float>, ptr %".612", align 4
  %".614" = fadd reassoc contract nsz <8 x float> %".613", %".209"
  store <8 x float> %".614", ptr %".612", align 4
  %".616" = mul i64 1, %"ldc"
  %".617" = add i64 %".616", 8
  %".618" = getelementptr inbounds float, ptr %"c", i64 %".617"
  %".619" = load <8 x float>, ptr %".618", align 4
  %".620" = fadd reassoc contract nsz <8 x float> %".619", %".210"
  store <8 x float> %".620", ptr %".618", align 4
  %".622" = mul i64 2, %"ldc"
  %".623" = add i64 %".622", 0
  %".624" = getelementptr inbounds float, ptr %"c", i64 %".623"
  %".625" = load <8 x float>, ptr %".624", align 4
  %".626" = fadd reassoc contract nsz <8 x float> %".625", %".211"
  store <8 x float> %".626", ptr %".624", align 4
  %".628" = mul i64 2, %"ldc"
  %".629" = add i64 %".628", 8
  %".630" = getelementptr inbounds float, ptr %"c", i64 %".629"
  %".631" = load <8 x float>, ptr %".630", align 4
  %".632" = fadd reassoc contract nsz <8 x float> %".631", %".212"
  store <8 x float> %".632", ptr %".630", align 4
  br label %"tail.else.if.endif"
tail.else.if.endif:
  br label %"tail.else.endif"
rows.done.1:
  br label %"tail.else.endif"
row0.1:
  %".641" = mul i64 2, %"ldc"
  %".642" = add i64 %".641", 0
  %".643" = getelementptr inbounds float, ptr %"c", i64 %".642"
  %".644" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".643", i32 4, <8 x i1> %".638", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".645" = fadd reassoc contract nsz <8 x float> %".644", %".211"
  %".646" = select  i1 %"first", <8 x float> %".211", <8 x float> %".645"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".646", ptr %".643", i32 4, <8 x i1> %".638")
  %".648" = mul i64 2, %"ldc"
  %".649" = add i64 %".648", 8
  %".650" = getelementptr inbounds float, ptr %"c", i64 %".649"
  %".651" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".650", i32 4, <8 x i1> %".639", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".652" = fadd reassoc contract nsz <8 x float> %".651", %".212"
  %".653" = select  i1 %"first", <8 x float> %".212", <8 x float> %".652"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".653", ptr %".650", i32 4, <8 x i1> %".639")
  br label %"row1.1"
row1.1:
  %".656" = mul i64 1, %"ldc"
  %".657" = add i64 %".656", 0
  %".658" = getelementptr inbounds float, ptr %"c", i64 %".657"
  %".659" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".658", i32 4, <8 x i1> %".638", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".660" = fadd reassoc contract nsz <8 x float> %".659", %".209"
  %".661" = select  i1 %"first", <8 x float> %".209", <8 x float> %".660"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".661", ptr %".658", i32 4, <8 x i1> %".638")
  %".663" = mul i64 1, %"ldc"
  %".664" = add i64 %".663", 8
  %".665" = getelementptr inbounds float, ptr %"c", i64 %".664"
  %".666" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".665", i32 4, <8 x i1> %".639", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".667" = fadd reassoc contract nsz <8 x float> %".666", %".210"
  %".668" = select  i1 %"first", <8 x float> %".210", <8 x float> %".667"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".668", ptr %".665", i32 4, <8 x i1> %".639")
  br label %"row2.1"
row2.1:
  %".671" = mul i64 0, %"ldc"
  %".672" = add i64 %".671", 0
  %".673" = getelementptr inbounds float, ptr %"c", i64 %".672"
  %".674" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".673", i32 4, <8 x i1> %".638", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".675" = fadd reassoc contract nsz <8 x float> %".674", %".207"
  %".676" = select  i1 %"first", <8 x float> %".207", <8 x float> %".675"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".676", ptr %".673", i32 4, <8 x i1> %".638")
  %".678" = mul i64 0, %"ldc"
  %".679" = add i64 %".678", 8
  %".680" = getelementptr inbounds float, ptr %"c", i64 %".679"
  %".681" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".680", i32 4, <8 x i1> %".639", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".682" = fadd reassoc contract nsz <8 x float> %".681", %".208"
  %".683" = select  i1 %"first", <8 x float> %".208", <8 x float> %".682"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".683", ptr %".680", i32 4, <8 x i1> %".639")
  br label %"rows.done.1"
}

define internal void @"gv_gemm_f32.ukernel2"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"ebias", ptr %"eres", i64 %"eldr", float %"elo", i1 %"epi")
{
entry:
  br i1 %"epi", label %"entry.if", label %"entry.endif"
entry.if:
  %".16" = mul i64 0, %"eldr"
  %".17" = getelementptr float, ptr %"eres", i64 %".16"
  %".18" = getelementptr i8, ptr %".17", i64 0
  call void @"llvm.prefetch.p0"(ptr %".18", i32 0, i32 3, i32 1)
  %".20" = getelementptr i8, ptr %".17", i64 63
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".22" = mul i64 1, %"eldr"
  %".23" = getelementptr float, ptr %"eres", i64 %".22"
  %".24" = getelementptr i8, ptr %".23", i64 0
  call void @"llvm.prefetch.p0"(ptr %".24", i32 0, i32 3, i32 1)
  %".26" = getelementptr i8, ptr %".23", i64 63
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  br label %"entry.endif"
entry.endif:
  %".29" = and i64 %"kc", -4
  %".30" = icmp sgt i64 %".29", 0
  br i1 %".30", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry.endif"], [%".124", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".115", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".116", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".122", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".123", %"main"]
  %".32" = add i64 %"k", 0
  %".33" = mul i64 %".32", 16
  %".34" = add i64 %".33", 0
  %".35" = getelementptr inbounds float, ptr %"bp", i64 %".34"
  %".36" = load <8 x float>, ptr %".35", align 32
  %".37" = add i64 %".33", 8
  %".38" = getelementptr inbounds float, ptr %"bp", i64 %".37"
  %".39" = load <8 x float>, ptr %".38", align 32
  %".40" = mul i64 %".32", 6
  %".41" = add i64 %".40", 0
  %".42" = getelementptr inbounds float, ptr %"ap", i64 %".41"
  %".43" = load float, ptr %".42"
  %".44" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".43", i32 0
  %".45" = shufflevector <8 x float> %".44", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".46" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".45", <8 x float> %".36", <8 x float> %"acc0")
  %".47" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".45", <8 x float> %".39", <8 x float> %"acc1")
  %".48" = add i64 %".40", 1
  %".49" = getelementptr inbounds float, ptr %"ap", i64 %".48"
  %".50" = load float, ptr %".49"
  %".51" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".50", i32 0
  %".52" = shufflevector <8 x float> %".51", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".53" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".52", <8 x float> %".36", <8 x float> %"acc2")
  %".54" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".52", <8 x float> %".39", <8 x float> %"acc3")
  %".55" = add i64 %"k", 1
  %".56" = mul i64 %".55", 16
  %".57" = add i64 %".56", 0
  %".58" = getelementptr inbounds float, ptr %"bp", i64 %".57"
  %".59" = load <8 x float>, ptr %".58", align 32
  %".60" = add i64 %".56", 8
  %".61" = getelementptr inbounds float, ptr %"bp", i64 %".60"
  %".62" = load <8 x float>, ptr %".61", align 32
  %".63" = mul i64 %".55", 6
  %".64" = add i64 %".63", 0
  %".65" = getelementptr inbounds float, ptr %"ap", i64 %".64"
  %".66" = load float, ptr %".65"
  %".67" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".66", i32 0
  %".68" = shufflevector <8 x float> %".67", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".69" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".68", <8 x float> %".59", <8 x float> %".46")
  %".70" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".68", <8 x float> %".62", <8 x float> %".47")
  %".71" = add i64 %".63", 1
  %".72" = getelementptr inbounds float, ptr %"ap", i64 %".71"
  %".73" = load float, ptr %".72"
  %".74" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <8 x float> %".74", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".75", <8 x float> %".59", <8 x float> %".53")
  %".77" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".75", <8 x float> %".62", <8 x float> %".54")
  %".78" = add i64 %"k", 2
  %".79" = mul i64 %".78", 16
  %".80" = add i64 %".79", 0
  %".81" = getelementptr inbounds float, ptr %"bp", i64 %".80"
  %".82" = load <8 x float>, ptr %".81", align 32
  %".83" = add i64 %".79", 8
  %".84" = getelementptr inbounds float, ptr %"bp", i64 %".83"
  %".85" = load <8 x float>, ptr %".84", align 32
  %".86" = mul i64 %".78", 6
  %".87" = add i64 %".86", 0
  %".88" = getelementptr inbounds float, ptr %"ap", i64 %".87"
  %".89" = load float, ptr %".88"
  %".90" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <8 x float> %".90", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".82", <8 x float> %".69")
  %".93" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".85", <8 x float> %".70")
  %".94" = add i64 %".86", 1
  %".95" = getelementptr inbounds float, ptr %"ap", i64 %".94"
  %".96" = load float, ptr %".95"
  %".97" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <8 x float> %".97", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".82", <8 x float> %".76")
  %".100" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".85", <8 x float> %".77")
  %".101" = add i64 %"k", 3
  %".102" = mul i64 %".101", 16
  %".103" = add i64 %".102", 0
  %".104" = getelementptr inbounds float, ptr %"bp", i64 %".103"
  %".105" = load <8 x float>, ptr %".104", align 32
  %".106" = add i64 %".102", 8
  %".107" = getelementptr inbounds float, ptr %"bp", i64 %".106"
  %".108" = load <8 x float>, ptr %".107", align 32
  %".109" = mul i64 %".101", 6
  %".110" = add i64 %".109", 0
  %".111" = getelementptr inbounds float, ptr %"ap", i64 %".110"
  %".112" = load float, ptr %".111"
  %".113" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".112", i32 0
  %".114" = shufflevector <8 x float> %".113", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".115" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".105", <8 x float> %".92")
  %".116" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".108", <8 x float> %".93")
  %".117" = add i64 %".109", 1
  %".118" = getelementptr inbounds float, ptr %"ap", i64 %".117"
  %".119" = load float, ptr %".118"
  %".120" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".119", i32 0
  %".121" = shufflevector <8 x float> %".120", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".122" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".105", <8 x float> %".99")
  %".123" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".108", <8 x float> %".100")
  %".124" = add i64 %"k", 4
  %".125" = icmp slt i64 %".124", %".29"
  br i1 %".125", label %"main", label %"mid"
mid:
  %".127" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".115", %"main"]
  %".128" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".116", %"main"]
  %".129" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".122", %"main"]
  %".130" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".123", %"main"]
  %".131" = icmp slt i64 %".29", %"kc"
  br i1 %".131", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".29", %"mid"], [%".159", %"rem"]
  %".133" = phi  <8 x float> [%".127", %"mid"], [%".150", %"rem"]
  %".134" = phi  <8 x float> [%".128", %"mid"], [%".151", %"rem"]
  %".135" = phi  <8 x float> [%".129", %"mid"], [%".157", %"rem"]
  %".136" = phi  <8 x float> [%".130", %"mid"], [%".158", %"rem"]
  %".137" = mul i64 %"k1", 16
  %".138" = add i64 %".137", 0
  %".139" = getelementptr inbounds float, ptr %"bp", i64 %".138"
  %".140" = load <8 x float>, ptr %".139", align 32
  %".141" = add i64 %".137", 8
  %".142" = getelementptr inbounds float, ptr %"bp", i64 %".141"
  %".143" = load <8 x float>, ptr %".142", align 32
  %".144" = mul i64 %"k1", 6
  %".145" = add i64 %".144", 0
  %".146" = getelementptr inbounds float, ptr %"ap", i64 %".145"
  %".147" = load float, ptr %".146"
  %".148" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".147", i32 0
  %".149" = shufflevector <8 x float> %".148", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".150" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".149", <8 x float> %".140", <8 x float> %".133")
  %".151" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".149", <8 x float> %".143", <8 x float> %".134")
  %".152" = add i64 %".144", 1
  %".153" = getelementptr inbounds float, ptr %"ap", i64 %".152"
  %".154" = load float, ptr %".153"
  %".155" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <8 x float> %".155", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".156", <8 x float> %".140", <8 x float> %".135")
  %".158" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".156", <8 x float> %".143", <8 x float> %".136")
  %".159" = add i64 %"k1", 1
  %".160" = icmp slt i64 %".159", %"kc"
  br i1 %".160", label %"rem", label %"tail"
tail:
  %".162" = phi  <8 x float> [%".127", %"mid"], [%".150", %"rem"]
  %".163" = phi  <8 x float> [%".128", %"mid"], [%".151", %"rem"]
  %".164" = phi  <8 x float> [%".129", %"mid"], [%".157", %"rem"]
  %".165" = phi  <8 x float> [%".130", %"mid"], [%".158", %"rem"]
  br i1 %"epi", label %"tail.if", label %"tail.else"
tail.if:
  %".167" = icmp eq i64 %"mr", 2
  %".168" = icmp eq i64 %"nr", 16
  %".169" = and i1 %".167", %".168"
  br i1 %".169", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".408" = icmp eq i64 %"mr", 2
  %".409" = icmp eq i64 %"nr", 16
  %".410" = and i1 %".408", %".409"
  br i1 %".410", label %"tail.else.if", label %"tail.else.else"
tail.endif:
  ret void
tail.if.if:
  br i1 %"first", label %"tail.if.if.if", label %"tail.if.if.else"
tail.if.else:
  %".319" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".320" = shufflevector <8 x i64> %".319", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".321" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".320"
  %".322" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".320"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row1" i64 2, label %"row0"]
tail.if.endif:
  br label %"tail.endif"
tail.if.if.if:
  %".172" = mul i64 0, %"ldc"
  %".173" = add i64 %".172", 0
  %".174" = getelementptr inbounds float, ptr %"c", i64 %".173"
  %".175" = getelementptr float, ptr %"ebias", i64 0
  %".176" = load float, ptr %".175"
  %".177" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".176", i32 0
  %".178" = shufflevector <8 x float> %".177", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".179" = fadd <8 x float> %".162", %".178"
  %".180" = mul i64 0, %"eldr"
  %".181" = add i64 %".180", 0
  %".182" = getelementptr float, ptr %"eres", i64 %".181"
  %".183" = load <8 x float>, ptr %".182", align 4
  %".184" = fadd <8 x float> %".179", %".183"
  %".185" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".186" = shufflevector <8 x float> %".185", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".187" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".184", <8 x float> %".186")
  store <8 x float> %".187", ptr %".174", align 4
  %".189" = mul i64 0, %"ldc"
  %".190" = add i64 %".189", 8
  %".191" = getelementptr inbounds float, ptr %"c", i64 %".190"
  %".192" = getelementptr float, ptr %"ebias", i64 0
  %".193" = load float, ptr %".192"
  %".194" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".193", i32 0
  %".195" = shufflevector <8 x float> %".194", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".196" = fadd <8 x float> %".163", %".195"
  %".197" = mul i64 0, %"eldr"
  %".198" = add i64 %".197", 8
  %".199" = getelementptr float, ptr %"eres", i64 %".198"
  %".200" = load <8 x float>, ptr %".199", align 4
  %".201" = fadd <8 x float> %".196", %".200"
  %".202" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".203" = shufflevector <8 x float> %".202", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".204" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".201", <8 x float> %".203")
  store <8 x float> %".204", ptr %".191", align 4
  %".206" = mul i64 1, %"ldc"
  %".207" = add i64 %".206", 0
  %".208" = getelementptr inbounds float, ptr %"c", i64 %".207"
  %".209" = getelementptr float, ptr %"ebias", i64 1
  %".210" = load float, ptr %".209"
  %".211" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".210", i32 0
  %".212" = shufflevector <8 x float> %".211", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".213" = fadd <8 x float> %".164", %".212"
  %".214" = mul i64 1, %"eldr"
  %".215" = add i64 %".214", 0
  %".216" = getelementptr float, ptr %"eres", i64 %".215"
  %".217" = load <8 x float>, ptr %".216", align 4
  %".218" = fadd <8 x float> %".213", %".217"
  %".219" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".220" = shufflevector <8 x float> %".219", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".221" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".218", <8 x float> %".220")
  store <8 x float> %".221", ptr %".208", align 4
  %".223" = mul i64 1, %"ldc"
  %".224" = add i64 %".223", 8
  %".225" = getelementptr inbounds float, ptr %"c", i64 %".224"
  %".226" = getelementptr float, ptr %"ebias", i64 1
  %".227" = load float, ptr %".226"
  %".228" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".227", i32 0
  %".229" = shufflevector <8 x float> %".228", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".230" = fadd <8 x float> %".165", %".229"
  %".231" = mul i64 1, %"eldr"
  %".232" = add i64 %".231", 8
  %".233" = getelementptr float, ptr %"eres", i64 %".232"
  %".234" = load <8 x float>, ptr %".233", align 4
  %".235" = fadd <8 x float> %".230", %".234"
  %".236" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".237" = shufflevector <8 x float> %".236", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".238" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".235", <8 x float> %".237")
  store <8 x float> %".238", ptr %".225", align 4
  br label %"tail.if.if.endif"
tail.if.if.else:
  %".241" = mul i64 0, %"ldc"
  %".242" = add i64 %".241", 0
  %".243" = getelementptr inbounds float, ptr %"c", i64 %".242"
  %".244" = load <8 x float>, ptr %".243", align 4
  %".245" = fadd reassoc contract nsz <8 x float> %".244", %".162"
  %".246" = getelementptr float, ptr %"ebias", i64 0
  %".247" = load float, ptr %".246"
  %".248" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".247", i32 0
  %".249" = shufflevector <8 x float> %".248", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".250" = fadd <8 x float> %".245", %".249"
  %".251" = mul i64 0, %"eldr"
  %".252" = add i64 %".251", 0
  %".253" = getelementptr float, ptr %"eres", i64 %".252"
  %".254" = load <8 x float>, ptr %".253", align 4
  %".255" = fadd <8 x float> %".250", %".254"
  %".256" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".257" = shufflevector <8 x float> %".256", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".258" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".255", <8 x float> %".257")
  store <8 x float> %".258", ptr %".243", align 4
  %".260" = mul i64 0, %"ldc"
  %".261" = add i64 %".260", 8
  %".262" = getelementptr inbounds float, ptr %"c", i64 %".261"
  %".263" = load <8 x float>, ptr %".262", align 4
  %".264" = fadd reassoc contract nsz <8 x float> %".263", %".163"
  %".265" = getelementptr float, ptr %"ebias", i64 0
  %".266" = load float, ptr %".265"
  %".267" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".266", i32 0
  %".268" = shufflevector <8 x float> %".267", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".269" = fadd <8 x float> %".264", %".268"
  %".270" = mul i64 0, %"eldr"
  %".271" = add i64 %".270", 8
  %".272" = getelementptr float, ptr %"eres", i64 %".271"
  %".273" = load <8 x float>, ptr %".272", align 4
  %".274" = fadd <8 x float> %".269", %".273"
  %".275" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".276" = shufflevector <8 x float> %".275", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".274", <8 x float> %".276")
  store <8 x float> %".277", ptr %".262", align 4
  %".279" = mul i64 1, %"ldc"
  %".280" = add i64 %".279", 0
  %".281" = getelementptr inbounds float, ptr %"c", i64 %".280"
  %".282" = load <8 x float>, ptr %".281", align 4
  %".283" = fadd reassoc contract nsz <8 x float> %".282", %".164"
  %".284" = getelementptr float, ptr %"ebias", i64 1
  %".285" = load float, ptr %".284"
  %".286" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".285", i32 0
  %".287" = shufflevector <8 x float> %".286", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".288" = fadd <8 x float> %".283", %".287"
  %".289" = mul i64 1, %"eldr"
  %".290" = add i64 %".289", 0
  %".291" = getelementptr float, ptr %"eres", i64 %".290"
  %".292" = load <8 x float>, ptr %".291", align 4
  %".293" = fadd <8 x float> %".288", %".292"
  %".294" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".295" = shufflevector <8 x float> %".294", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".296" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".293", <8 x float> %".295")
  store <8 x float> %".296", ptr %".281", align 4
  %".298" = mul i64 1, %"ldc"
  %".299" = add i64 %".298", 8
  %".300" = getelementptr inbounds float, ptr %"c", i64 %".299"
  %".301" = load <8 x float>, ptr %".300", align 4
  %".302" = fadd reassoc contract nsz <8 x float> %".301", %".165"
  %".303" = getelementptr float, ptr %"ebias", i64 1
  %".304" = load float, ptr %".303"
  %".305" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".304", i32 0
  %".306" = shufflevector <8 x float> %".305", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".307" = fadd <8 x float> %".302", %".306"
  %".308" = mul i64 1, %"eldr"
  %".309" = add i64 %".308", 8
  %".310" = getelementptr float, ptr %"eres", i64 %".309"
  %".311" = load <8 x float>, ptr %".310", align 4
  %".312" = fadd <8 x float> %".307", %".311"
  %".313" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".314" = shufflevector <8 x float> %".313", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".315" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".312", <8 x float> %".314")
  store <8 x float> %".315", ptr %".300", align 4
  br label %"tail.if.if.endif"
tail.if.if.endif:
  br label %"tail.if.endif"
rows.done:
  br label %"tail.if.endif"
row0:
  %".324" = mul i64 1, %"ldc"
  %".325" = add i64 %".324", 0
  %".326" = getelementptr inbounds float, ptr %"c", i64 %".325"
  %".327" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".326", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".328" = fadd reassoc contract nsz <8 x float> %".327", %".164"
  %".329" = select  i1 %"first", <8 x float> %".164", <8 x float> %".328"
  %".330" = getelementptr float, ptr %"ebias", i64 1
  %".331" = load float, ptr %".330"
  %".332" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".331", i32 0
  %".333" = shufflevector <8 x float> %".332", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".334" = fadd <8 x float> %".329", %".333"
  %".335" = mul i64 1, %"eldr"
  %".336" = add i64 %".335", 0
  %".337" = getelementptr float, ptr %"eres", i64 %".336"
  %".338" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".337", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".339" = fadd <8 x float> %".334", %".338"
  %".340" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".341" = shufflevector <8 x float> %".340", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".342" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".339", <8 x float> %".341")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".342", ptr %".326", i32 4, <8 x i1> %".321")
  %".344" = mul i64 1, %"ldc"
  %".345" = add i64 %".344", 8
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  %".347" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".346", i32 4, <8 x i1> %".322", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".348" = fadd reassoc contract nsz <8 x float> %".347", %".165"
  %".349" = select  i1 %"first", <8 x float> %".165", <8 x float> %".348"
  %".350" = getelementptr float, ptr %"ebias", i64 1
  %".351" = load float, ptr %".350"
  %".352" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".351", i32 0
  %".353" = shufflevector <8 x float> %".352", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".354" = fadd <8 x float> %".349", %".353"
  %".355" = mul i64 1, %"eldr"
  %".356" = add i64 %".355", 8
  %".357" = getelementptr float, ptr %"eres", i64 %".356"
  %".358" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".357", i32 4, <8 x i1> %".322", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".359" = fadd <8 x float> %".354", %".358"
  %".360" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".361" = shufflevector <8 x float> %".360", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".362" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".359", <8 x float> %".361")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".362", ptr %".346", i32 4, <8 x i1> %".322")
  br label %"row1"
row1:
  %".365" = mul i64 0, %"ldc"
  %".366" = add i64 %".365", 0
  %".367" = getelementptr inbounds float, ptr %"c", i64 %".366"
  %".368" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".367", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".369" = fadd reassoc contract nsz <8 x float> %".368", %".162"
  %".370" = select  i1 %"first", <8 x float> %".162", <8 x float> %".369"
  %".371" = getelementptr float, ptr %"ebias", i64 0
  %".372" = load float, ptr %".371"
  %".373" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".372", i32 0
  %".374" = shufflevector <8 x float> %".373", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".375" = fadd <8 x float> %".370", %".374"
  %".376" = mul i64 0, %"eldr"
  %".377" = add i64 %".376", 0
  %".378" = getelementptr float, ptr %"eres", i64 %".377"
  %".379" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".378", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".380" = fadd <8 x float> %".375", %".379"
  %".381" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".382" = shufflevector <8 x float> %".381", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".383" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".380", <8 x float> %".382")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".383", ptr %".367", i32 4, <8 x i1> %".321")
  %".385" = mul i64 0, %"ldc"
  %".386" = add i64 %".385", 8
  %".387" = getelementptr inbounds float, ptr %"c", i64 %".386"
  %".388" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".387", i32 4, <8 x i1> %".322", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".389" = fadd reassoc contract nsz <8 x float> %".388", %".163"
  %".390" = select  i1 %"first", <8 x float> %".163", <8 x float> %".389"
  %".391" = getelementptr float, ptr %"ebias", i64 0
  %".392" = load float, ptr %".391"
  %".393" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".392", i32 0
  %".394" = shufflevector <8 x float> %".393", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".395" = fadd <8 x float> %".390", %".394"
  %".396" = mul i64 0, %"eldr"
  %".397" = add i64 %".396", 8
  %".398" = getelementptr float, ptr %"eres", i64 %".397"
  %".399" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".398", i32 4, <8 x i1> %".322", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".400" = fadd <8 x float> %".395", %".399"
  %".401" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".402" = shufflevector <8 x float> %".401", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".403" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".400", <8 x float> %".402")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".403", ptr %".387", i32 4, <8 x i1> %".322")
  br label %"rows.done"
tail.else.if:
  br i1 %"first", label %"tail.else.if.if", label %"tail.else.if.else"
tail.else.else:
  %".456" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".457" = shufflevector <8 x i64> %".456", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".458" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".457"
  %".459" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".457"
  switch i64 %"mr", label %"rows.done.1" [i64 1, label %"row1.1" i64 2, label %"row0.1"]
tail.else.endif:
  br label %"tail.endif"
tail.else.if.if:
  %".413" = mul i64 0, %"ldc"
  %".414" = add i64 %".413", 0
  %".415" = getelementptr inbounds float, ptr %"c", i64 %".414"
  store <8 x float> %".162", ptr %".415", align 4
  %".417" = mul i64 0, %"ldc"
  %".418" = add i64 %".417", 8
  %".419" = getelementptr inbounds float, ptr %"c", i64 %".418"
  store <8 x float> %".163", ptr %".419", align 4
  %".421" = mul i64 1, %"ldc"
  %".422" = add i64 %".421", 0
  %".423" = getelementptr inbounds float, ptr %"c", i64 %".422"
  store <8 x float> %".164", ptr %".423", align 4
  %".425" = mul i64 1, %"ldc"
  %".426" = add i64 %".425", 8
  %".427" = getelementptr inbounds float, ptr %"c", i64 %".426"
  store <8 x float> %".165", ptr %".427", align 4
  br label %"tail.else.if.endif"
tail.else.if.else:
  %".430" = mul i64 0, %"ldc"
  %".431" = add i64 %".430", 0
  %".432" = getelementptr inbounds float, ptr %"c", i64 %".431"
  %".433" = load <8 x float>, ptr %".432", align 4
  %".434" = fadd reassoc contract nsz <8 x float> %".433", %".162"
  store <8 x float> %".434", ptr %".432", align 4
  %".436" = mul i64 0, %"ldc"
  %".437" = add i64 %".436", 8
  %".438" = getelementptr inbounds float, ptr %"c", i64 %".437"
  %".439" = load <8 x float>, ptr %".438", align 4
  %".440" = fadd reassoc contract nsz <8 x float> %".439", %".163"
  store <8 x float> %".440", ptr %".438", align 4
  %".442" = mul i64 1, %"ldc"
  %".443" = add i64 %".442", 0
  %".444" = getelementptr inbounds float, ptr %"c", i64 %".443"
  %".445" = load <8 x float>, ptr %".444", align 4
  %".446" = fadd reassoc contract nsz <8 x float> %".445", %".164"
  store <8 x float> %".446", ptr %".444", align 4
  %".448" = mul i64 1, %"ldc"
  %".449" = add i64 %".448", 8
  %".450" = getelementptr inbounds float, ptr %"c", i64 %".449"
  %".451" = load <8 x float>, ptr %".450", align 4
  %".452" = fadd reassoc contract nsz <8 x float> %".451", %".165"
  store <8 x float> %".452", ptr %".450", align 4
  br label %"tail.else.if.endif"
tail.else.if.endif:
  br label %"tail.else.endif"
rows.done.1:
  br label %"tail.else.endif"
row0.1:
  %".461" = mul i64 1, %"ldc"
  %".462" = add i64 %".461", 0
  %".463" = getelementptr inbounds float, ptr %"c", i64 %".462"
  %".464" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".463", i32 4, <8 x i1> %".458", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".465" = fadd reassoc contract nsz <8 x float> %".464", %".164"
  %".466" = select  i1 %"first", <8 x float> %".164", <8 x float> %".465"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".466", ptr %".463", i32 4, <8 x i1> %".458")
  %".468" = mul i64 1, %"ldc"
  %".469" = add i64 %".468", 8
  %".470" = getelementptr inbounds float, ptr %"c", i64 %".469"
  %".471" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".470", i32 4, <8 x i1> %".459", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".472" = fadd reassoc contract nsz <8 x float> %".471", %".165"
  %".473" = select  i1 %"first", <8 x float> %".165", <8 x float> %".472"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".473", ptr %".470", i32 4, <8 x i1> %".459")
  br label %"row1.1"
row1.1:
  %".476" = mul i64 0, %"ldc"
  %".477" = add i64 %".476", 0
  %".478" = getelementptr inbounds float, ptr %"c", i64 %".477"
  %".479" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".478", i32 4, <8 x i1> %".458", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".480" = fadd reassoc contract nsz <8 x float> %".479", %".162"
  %".481" = select  i1 %"first", <8 x float> %".162", <8 x float> %".480"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".481", ptr %".478", i32 4, <8 x i1> %".458")
  %".483" = mul i64 0, %"ldc"
  %".484" = add i64 %".483", 8
  %".485" = getelementptr inbounds float, ptr %"c", i64 %".484"
  %".486" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".485", i32 4, <8 x i1> %".459", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".487" = fadd reassoc contract nsz <8 x float> %".486", %".163"
  %".488" = select  i1 %"first", <8 x float> %".163", <8 x float> %".487"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".488", ptr %".485", i32 4, <8 x i1> %".459")
  br label %"rows.done.1"
}

define internal void @"gv_gemm_f32.ukernel4"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"ebias", ptr %"eres", i64 %"eldr", float %"elo", i1 %"epi")
{
entry:
  br i1 %"epi", label %"entry.if", label %"entry.endif"
entry.if:
  %".16" = mul i64 0, %"eldr"
  %".17" = getelementptr float, ptr %"eres", i64 %".16"
  %".18" = getelementptr i8, ptr %".17", i64 0
  call void @"llvm.prefetch.p0"(ptr %".18", i32 0, i32 3, i32 1)
  %".20" = getelementptr i8, ptr %".17", i64 63
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".22" = mul i64 1, %"eldr"
  %".23" = getelementptr float, ptr %"eres", i64 %".22"
  %".24" = getelementptr i8, ptr %".23", i64 0
  call void @"llvm.prefetch.p0"(ptr %".24", i32 0, i32 3, i32 1)
  %".26" = getelementptr i8, ptr %".23", i64 63
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = mul i64 2, %"eldr"
  %".29" = getelementptr float, ptr %"eres", i64 %".28"
  %".30" = getelementptr i8, ptr %".29", i64 0
  call void @"llvm.prefetch.p0"(ptr %".30", i32 0, i32 3, i32 1)
  %".32" = getelementptr i8, ptr %".29", i64 63
  call void @"llvm.prefetch.p0"(ptr %".32", i32 0, i32 3, i32 1)
  %".34" = mul i64 3, %"eldr"
  %".35" = getelementptr float, ptr %"eres", i64 %".34"
  %".36" = getelementptr i8, ptr %".35", i64 0
  call void @"llvm.prefetch.p0"(ptr %".36", i32 0, i32 3, i32 1)
  %".38" = getelementptr i8, ptr %".35", i64 63
  call void @"llvm.prefetch.p0"(ptr %".38", i32 0, i32 3, i32 1)
  br label %"entry.endif"
entry.endif:
  %".41" = and i64 %"kc", -4
  %".42" = icmp sgt i64 %".41", 0
  br i1 %".42", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry.endif"], [%".192", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".169", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".170", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".176", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".177", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".183", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".184", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".190", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".191", %"main"]
  %".44" = add i64 %"k", 0
  %".45" = mul i64 %".44", 16
  %".46" = add i64 %".45", 0
  %".47" = getelementptr inbounds float, ptr %"bp", i64 %".46"
  %".48" = load <8 x float>, ptr %".47", align 32
  %".49" = add i64 %".45", 8
  %".50" = getelementptr inbounds float, ptr %"bp", i64 %".49"
  %".51" = load <8 x float>, ptr %".50", align 32
  %".52" = mul i64 %".44", 6
  %".53" = add i64 %".52", 0
  %".54" = getelementptr inbounds float, ptr %"ap", i64 %".53"
  %".55" = load float, ptr %".54"
  %".56" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".55", i32 0
  %".57" = shufflevector <8 x float> %".56", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".58" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".57", <8 x float> %".48", <8 x float> %"acc0")
  %".59" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".57", <8 x float> %".51", <8 x float> %"acc1")
  %".60" = add i64 %".52", 1
  %".61" = getelementptr inbounds float, ptr %"ap", i64 %".60"
  %".62" = load float, ptr %".61"
  %".63" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".62", i32 0
  %".64" = shufflevector <8 x float> %".63", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".65" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".64", <8 x float> %".48", <8 x float> %"acc2")
  %".66" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".64", <8 x float> %".51", <8 x float> %"acc3")
  %".67" = add i64 %".52", 2
  %".68" = getelementptr inbounds float, ptr %"ap", i64 %".67"
  %".69" = load float, ptr %".68"
  %".70" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".69", i32 0
  %".71" = shufflevector <8 x float> %".70", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".72" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".71", <8 x float> %".48", <8 x float> %"acc4")
  %".73" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".71", <8 x float> %".51", <8 x float> %"acc5")
  %".74" = add i64 %".52", 3
  %".75" = getelementptr inbounds float, ptr %"ap", i64 %".74"
  %".76" = load float, ptr %".75"
  %".77" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".76", i32 0
  %".78" = shufflevector <8 x float> %".77", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".79" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".48", <8 x float> %"acc6")
  %".80" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".51", <8 x float> %"acc7")
  %".81" = add i64 %"k", 1
  %".82" = mul i64 %".81", 16
  %".83" = add i64 %".82", 0
  %".84" = getelementptr inbounds float, ptr %"bp", i64 %".83"
  %".85" = load <8 x float>, ptr %".84", align 32
  %".86" = add i64 %".82", 8
  %".87" = getelementptr inbounds float, ptr %"bp", i64 %".86"
  %".88" = load <8 x float>, ptr %".87", align 32
  %".89" = mul i64 %".81", 6
  %".90" = add i64 %".89", 0
  %".91" = getelementptr inbounds float, ptr %"ap", i64 %".90"
  %".92" = load float, ptr %".91"
  %".93" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".92", i32 0
  %".94" = shufflevector <8 x float> %".93", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".95" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".85", <8 x float> %".58")
  %".96" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".88", <8 x float> %".59")
  %".97" = add i64 %".89", 1
  %".98" = getelementptr inbounds float, ptr %"ap", i64 %".97"
  %".99" = load float, ptr %".98"
  %".100" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".99", i32 0
  %".101" = shufflevector <8 x float> %".100", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".102" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".85", <8 x float> %".65")
  %".103" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".88", <8 x float> %".66")
  %".104" = add i64 %".89", 2
  %".105" = getelementptr inbounds float, ptr %"ap", i64 %".104"
  %".106" = load float, ptr %".105"
  %".107" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".106", i32 0
  %".108" = shufflevector <8 x float> %".107", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".109" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".108", <8 x float> %".85", <8 x float> %".72")
  %".110" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".108", <8 x float> %".88", <8 x float> %".73")
  %".111" = add i64 %".89", 3
  %".112" = getelementptr inbounds float, ptr %"ap", i64 %".111"
  %".113" = load float, ptr %".112"
  %".114" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".113", i32 0
  %".115" = shufflevector <8 x float> %".114", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".116" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".115", <8 x float> %".85", <8 x float> %".79")
  %".117" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".115", <8 x float> %".88", <8 x float> %".80")
  %".118" = add i64 %"k", 2
  %".119" = mul i64 %".118", 16
  %".120" = add i64 %".119", 0
  %".121" = getelementptr inbounds float, ptr %"bp", i64 %".120"
  %".122" = load <8 x float>, ptr %".121", align 32
  %".123" = add i64 %".119", 8
  %".124" = getelementptr inbounds float, ptr %"bp", i64 %".123"
  %".125" = load <8 x float>, ptr %".124", align 32
  %".126" = mul i64 %".118", 6
  %".127" = add i64 %".126", 0
  %".128" = getelementptr inbounds float, ptr %"ap", i64 %".127"
  %".129" = load float, ptr %".128"
  %".130" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".129", i32 0
  %".131" = shufflevector <8 x float> %".130", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".132" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".131", <8 x float> %".122", <8 x float> %".95")
  %".133" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".131", <8 x float> %".125", <8 x float> %".96")
  %".134" = add i64 %".126", 1
  %".135" = getelementptr inbounds float, ptr %"ap", i64 %".134"
  %".136" = load float, ptr %".135"
  %".137" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".136", i32 0
  %".138" = shufflevector <8 x float> %".137", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".139" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".138", <8 x float> %".122", <8 x float> %".102")
  %".140" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".138", <8 x float> %".125", <8 x float> %".103")
  %".141" = add i64 %".126", 2
  %".142" = getelementptr inbounds float, ptr %"ap", i64 %".141"
  %".143" = load float, ptr %".142"
  %".144" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".143", i32 0
  %".145" = shufflevector <8 x float> %".144", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".146" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".145", <8 x float> %".122", <8 x float> %".109")
  %".147" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".145", <8 x float> %".125", <8 x float> %".110")
  %".148" = add i64 %".126", 3
  %".149" = getelementptr inbounds float, ptr %"ap", i64 %".148"
  %".150" = load float, ptr %".149"
  %".151" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".150", i32 0
  %".152" = shufflevector <8 x float> %".151", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".153" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".152", <8 x float> %".122", <8 x float> %".116")
  %".154" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".152", <8 x float> %".125", <8 x float> %".117")
  %".155" = add i64 %"k", 3
  %".156" = mul i64 %".155", 16
  %".157" = add i64 %".156", 0
  %".158" = getelementptr inbounds float, ptr %"bp", i64 %".157"
  %".159" = load <8 x float>, ptr %".158", align 32
  %".160" = add i64 %".156", 8
  %".161" = getelementptr inbounds float, ptr %"bp", i64 %".160"
  %".162" = load <8 x float>, ptr %".161", align 32
  %".163" = mul i64 %".155", 6
  %".164" = add i64 %".163", 0
  %".165" = getelementptr inbounds float, ptr %"ap", i64 %".164"
  %".166" = load float, ptr %".165"
  %".167" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".166", i32 0
  %".168" = shufflevector <8 x float> %".167", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".169" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".168", <8 x float> %".159", <8 x float> %".132")
  %".170" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".168", <8 x float> %".162", <8 x float> %".133")
  %".171" = add i64 %".163", 1
  %".172" = getelementptr inbounds float, ptr %"ap", i64 %".171"
  %".173" = load float, ptr %".172"
  %".174" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".173", i32 0
  %".175" = shufflevector <8 x float> %".174", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".176" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".175", <8 x float> %".159", <8 x float> %".139")
  %".177" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".175", <8 x float> %".162", <8 x float> %".140")
  %".178" = add i64 %".163", 2
  %".179" = getelementptr inbounds float, ptr %"ap", i64 %".178"
  %".180" = load float, ptr %".179"
  %".181" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".180", i32 0
  %".182" = shufflevector <8 x float> %".181", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".183" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".182", <8 x float> %".159", <8 x float> %".146")
  %".184" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".182", <8 x float> %".162", <8 x float> %".147")
  %".185" = add i64 %".163", 3
  %".186" = getelementptr inbounds float, ptr %"ap", i64 %".185"
  %".187" = load float, ptr %".186"
  %".188" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".187", i32 0
  %".189" = shufflevector <8 x float> %".188", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".190" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".189", <8 x float> %".159", <8 x float> %".153")
  %".191" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".189", <8 x float> %".162", <8 x float> %".154")
  %".192" = add i64 %"k", 4
  %".193" = icmp slt i64 %".192", %".41"
  br i1 %".193", label %"main", label %"mid"
mid:
  %".195" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".169", %"main"]
  %".196" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".170", %"main"]
  %".197" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".176", %"main"]
  %".198" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".177", %"main"]
  %".199" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".183", %"main"]
  %".200" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".184", %"main"]
  %".201" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".190", %"main"]
  %".202" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".191", %"main"]
  %".203" = icmp slt i64 %".41", %"kc"
  br i1 %".203", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".41", %"mid"], [%".249", %"rem"]
  %".205" = phi  <8 x float> [%".195", %"mid"], [%".226", %"rem"]
  %".206" = phi  <8 x float> [%".196", %"mid"], [%".227", %"rem"]
  %".207" = phi  <8 x float> [%".197", %"mid"], [%".233", %"rem"]
  %".208" = phi  <8 x float> [%".198", %"mid"], [%".234", %"rem"]
  %".209" = phi  <8 x float> [%".199", %"mid"], [%".240", %"rem"]
  %".210" = phi  <8 x float> [%".200", %"mid"], [%".241", %"rem"]
  %".211" = phi  <8 x float> [%".201", %"mid"], [%".247", %"rem"]
  %".212" = phi  <8 x float> [%".202", %"mid"], [%".248", %"rem"]
  %".213" = mul i64 %"k1", 16
  %".214" = add i64 %".213", 0
  %".215" = getelementptr inbounds float, ptr %"bp", i64 %".214"
  %".216" = load <8 x float>, ptr %".215", align 32
  %".217" = add i64 %".213", 8
  %".218" = getelementptr inbounds float, ptr %"bp", i64 %".217"
  %".219" = load <8 x float>, ptr %".218", align 32
  %".220" = mul i64 %"k1", 6
  %".221" = add i64 %".220", 0
  %".222" = getelementptr inbounds float, ptr %"ap", i64 %".221"
  %".223" = load float, ptr %".222"
  %".224" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".223", i32 0
  %".225" = shufflevector <8 x float> %".224", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".226" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".225", <8 x float> %".216", <8 x float> %".205")
  %".227" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".225", <8 x float> %".219", <8 x float> %".206")
  %".228" = add i64 %".220", 1
  %".229" = getelementptr inbounds float, ptr %"ap", i64 %".228"
  %".230" = load float, ptr %".229"
  %".231" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".230", i32 0
  %".232" = shufflevector <8 x float> %".231", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".233" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".232", <8 x float> %".216", <8 x float> %".207")
  %".234" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".232", <8 x float> %".219", <8 x float> %".208")
  %".235" = add i64 %".220", 2
  %".236" = getelementptr inbounds float, ptr %"ap", i64 %".235"
  %".237" = load float, ptr %".236"
  %".238" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".237", i32 0
  %".239" = shufflevector <8 x float> %".238", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".240" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".239", <8 x float> %".216", <8 x float> %".209")
  %".241" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".239", <8 x float> %".219", <8 x float> %".210")
  %".242" = add i64 %".220", 3
  %".243" = getelementptr inbounds float, ptr %"ap", i64 %".242"
  %".244" = load float, ptr %".243"
  %".245" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".244", i32 0
  %".246" = shufflevector <8 x float> %".245", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".247" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".246", <8 x float> %".216", <8 x float> %".211")
  %".248" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".246", <8 x float> %".219", <8 x float> %".212")
  %".249" = add i64 %"k1", 1
  %".250" = icmp slt i64 %".249", %"kc"
  br i1 %".250", label %"rem", label %"tail"
tail:
  %".252" = phi  <8 x float> [%".195", %"mid"], [%".226", %"rem"]
  %".253" = phi  <8 x float> [%".196", %"mid"], [%".227", %"rem"]
  %".254" = phi  <8 x float> [%".197", %"mid"], [%".233", %"rem"]
  %".255" = phi  <8 x float> [%".198", %"mid"], [%".234", %"rem"]
  %".256" = phi  <8 x float> [%".199", %"mid"], [%".240", %"rem"]
  %".257" = phi  <8 x float> [%".200", %"mid"], [%".241", %"rem"]
  %".258" = phi  <8 x float> [%".201", %"mid"], [%".247", %"rem"]
  %".259" = phi  <8 x float> [%".202", %"mid"], [%".248", %"rem"]
  br i1 %"epi", label %"tail.if", label %"tail.else"
tail.if:
  %".261" = icmp eq i64 %"mr", 4
  %".262" = icmp eq i64 %"nr", 16
  %".263" = and i1 %".261", %".262"
  br i1 %".263", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".728" = icmp eq i64 %"mr", 4
  %".729" = icmp eq i64 %"nr", 16
  %".730" = and i1 %".728", %".729"
  br i1 %".730", label %"tail.else.if", label %"tail.else.else"
tail.endif:
  ret void
tail.if.if:
  br i1 %"first", label %"tail.if.if.if", label %"tail.if.if.else"
tail.if.else:
  %".557" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".558" = shufflevector <8 x i64> %".557", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".559" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".558"
  %".560" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".558"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row3" i64 2, label %"row2" i64 3, label %"row1" i64 4, label %"row0"]
tail.if.endif:
  br label %"tail.endif"
tail.if.if.if:
  %".266" = mul i64 0, %"ldc"
  %".267" = add i64 %".266", 0
  %".268" = getelementptr inbounds float, ptr %"c", i64 %".267"
  %".269" = getelementptr float, ptr %"ebias", i64 0
  %".270" = load float, ptr %".269"
  %".271" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".270", i32 0
  %".272" = shufflevector <8 x float> %".271", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".273" = fadd <8 x float> %".252", %".272"
  %".274" = mul i64 0, %"eldr"
  %".275" = add i64 %".274", 0
  %".276" = getelementptr float, ptr %"eres", i64 %".275"
  %".277" = load <8 x float>, ptr %".276", align 4
  %".278" = fadd <8 x float> %".273", %".277"
  %".279" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".280" = shufflevector <8 x float> %".279", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".281" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".278", <8 x float> %".280")
  store <8 x float> %".281", ptr %".268", align 4
  %".283" = mul i64 0, %"ldc"
  %".284" = add i64 %".283", 8
  %".285" = getelementptr inbounds float, ptr %"c", i64 %".284"
  %".286" = getelementptr float, ptr %"ebias", i64 0
  %".287" = load float, ptr %".286"
  %".288" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".287", i32 0
  %".289" = shufflevector <8 x float> %".288", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".290" = fadd <8 x float> %".253", %".289"
  %".291" = mul i64 0, %"eldr"
  %".292" = add i64 %".291", 8
  %".293" = getelementptr float, ptr %"eres", i64 %".292"
  %".294" = load <8 x float>, ptr %".293", align 4
  %".295" = fadd <8 x float> %".290", %".294"
  %".296" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".297" = shufflevector <8 x float> %".296", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".298" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".295", <8 x float> %".297")
  store <8 x float> %".298", ptr %".285", align 4
  %".300" = mul i64 1, %"ldc"
  %".301" = add i64 %".300", 0
  %".302" = getelementptr inbounds float, ptr %"c", i64 %".301"
  %".303" = getelementptr float, ptr %"ebias", i64 1
  %".304" = load float, ptr %".303"
  %".305" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".304", i32 0
  %".306" = shufflevector <8 x float> %".305", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".307" = fadd <8 x float> %".254", %".306"
  %".308" = mul i64 1, %"eldr"
  %".309" = add i64 %".308", 0
  %".310" = getelementptr float, ptr %"eres", i64 %".309"
  %".311" = load <8 x float>, ptr %".310", align 4
  %".312" = fadd <8 x float> %".307", %".311"
  %".313" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".314" = shufflevector <8 x float> %".313", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".315" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".312", <8 x float> %".314")
  store <8 x float> %".315", ptr %".302", align 4
  %".317" = mul i64 1, %"ldc"
  %".318" = add i64 %".317", 8
  %".319" = getelementptr inbounds float, ptr %"c", i64 %".318"
  %".320" = getelementptr float, ptr %"ebias", i64 1
  %".321" = load float, ptr %".320"
  %".322" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".321", i32 0
  %".323" = shufflevector <8 x float> %".322", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".324" = fadd <8 x float> %".255", %".323"
  %".325" = mul i64 1, %"eldr"
  %".326" = add i64 %".325", 8
  %".327" = getelementptr float, ptr %"eres", i64 %".326"
  %".328" = load <8 x float>, ptr %".327", align 4
  %".329" = fadd <8 x float> %".324", %".328"
  %".330" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".331" = shufflevector <8 x float> %".330", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".332" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".329", <8 x float> %".331")
  store <8 x float> %".332", ptr %".319", align 4
  %".334" = mul i64 2, %"ldc"
  %".335" = add i64 %".334", 0
  %".336" = getelementptr inbounds float, ptr %"c", i64 %".335"
  %".337" = getelementptr float, ptr %"ebias", i64 2
  %".338" = load float, ptr %".337"
  %".339" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".338", i32 0
  %".340" = shufflevector <8 x float> %".339", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".341" = fadd <8 x float> %".256", %".340"
  %".342" = mul i64 2, %"eldr"
  %".343" = add i64 %".342", 0
  %".344" = getelementptr float, ptr %"eres", i64 %".343"
  %".345" = load <8 x float>, ptr %".344", align 4
  %".346" = fadd <8 x float> %".341", %".345"
  %".347" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".348" = shufflevector <8 x float> %".347", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".349" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".346", <8 x float> %".348")
  store <8 x float> %".349", ptr %".336", align 4
  %".351" = mul i64 2, %"ldc"
  %".352" = add i64 %".351", 8
  %".353" = getelementptr inbounds float, ptr %"c", i64 %".352"
  %".354" = getelementptr float, ptr %"ebias", i64 2
  %".355" = load float, ptr %".354"
  %".356" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".355", i32 0
  %".357" = shufflevector <8 x float> %".356", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".358" = fadd <8 x float> %".257", %".357"
  %".359" = mul i64 2, %"eldr"
  %".360" = add i64 %".359", 8
  %".361" = getelementptr float, ptr %"eres", i64 %".360"
  %".362" = load <8 x float>, ptr %".361", align 4
  %".363" = fadd <8 x float> %".358", %".362"
  %".364" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".365" = shufflevector <8 x float> %".364", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".366" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".363", <8 x float> %".365")
  store <8 x float> %".366", ptr %".353", align 4
  %".368" = mul i64 3, %"ldc"
  %".369" = add i64 %".368", 0
  %".370" = getelementptr inbounds float, ptr %"c", i64 %".369"
  %".371" = getelementptr float, ptr %"ebias", i64 3
  %".372" = load float, ptr %".371"
  %".373" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".372", i32 0
  %".374" = shufflevector <8 x float> %".373", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".375" = fadd <8 x float> %".258", %".374"
  %".376" = mul i64 3, %"eldr"
  %".377" = add i64 %".376", 0
  %".378" = getelementptr float, ptr %"eres", i64 %".377"
  %".379" = load <8 x float>, ptr %".378", align 4
  %".380" = fadd <8 x float> %".375", %".379"
  %".381" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".382" = shufflevector <8 x float> %".381", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".383" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".380", <8 x float> %".382")
  store <8 x float> %".383", ptr %".370", align 4
  %".385" = mul i64 3, %"ldc"
  %".386" = add i64 %".385", 8
  %".387" = getelementptr inbounds float, ptr %"c", i64 %".386"
  %".388" = getelementptr float, ptr %"ebias", i64 3
  %".389" = load float, ptr %".388"
  %".390" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".389", i32 0
  %".391" = shufflevector <8 x float> %".390", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".392" = fadd <8 x float> %".259", %".391"
  %".393" = mul i64 3, %"eldr"
  %".394" = add i64 %".393", 8
  %".395" = getelementptr float, ptr %"eres", i64 %".394"
  %".396" = load <8 x float>, ptr %".395", align 4
  %".397" = fadd <8 x float> %".392", %".396"
  %".398" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".399" = shufflevector <8 x float> %".398", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".400" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".397", <8 x float> %".399")
  store <8 x float> %".400", ptr %".387", align 4
  br label %"tail.if.if.endif"
tail.if.if.else:
  %".403" = mul i64 0, %"ldc"
  %".404" = add i64 %".403", 0
  %".405" = getelementptr inbounds float, ptr %"c", i64 %".404"
  %".406" = load <8 x float>, ptr %".405", align 4
  %".407" = fadd reassoc contract nsz <8 x float> %".406", %".252"
  %".408" = getelementptr float, ptr %"ebias", i64 0
  %".409" = load float, ptr %".408"
  %".410" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".409", i32 0
  %".411" = shufflevector <8 x float> %".410", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".412" = fadd <8 x float> %".407", %".411"
  %".413" = mul i64 0, %"eldr"
  %".414" = add i64 %".413", 0
  %".415" = getelementptr float, ptr %"eres", i64 %".414"
  %".416" = load <8 x float>, ptr %".415", align 4
  %".417" = fadd <8 x float> %".412", %".416"
  %".418" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".419" = shufflevector <8 x float> %".418", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".420" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".417", <8 x float> %".419")
  store <8 x float> %".420", ptr %".405", align 4
  %".422" = mul i64 0, %"ldc"
  %".423" = add i64 %".422", 8
  %".424" = getelementptr inbounds float, ptr %"c", i64 %".423"
  %".425" = load <8 x float>, ptr %".424", align 4
  %".426" = fadd reassoc contract nsz <8 x float> %".425", %".253"
  %".427" = getelementptr float, ptr %"ebias", i64 0
  %".428" = load float, ptr %".427"
  %".429" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".428", i32 0
  %".430" = shufflevector <8 x float> %".429", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".431" = fadd <8 x float> %".426", %".430"
  %".432" = mul i64 0, %"eldr"
  %".433" = add i64 %".432", 8
  %".434" = getelementptr float, ptr %"eres", i64 %".433"
  %".435" = load <8 x float>, ptr %".434", align 4
  %".436" = fadd <8 x float> %".431", %".435"
  %".437" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".438" = shufflevector <8 x float> %".437", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".439" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".436", <8 x float> %".438")
  store <8 x float> %".439", ptr %".424", align 4
  %".441" = mul i64 1, %"ldc"
  %".442" = add i64 %".441", 0
  %".443" = getelementptr inbounds float, ptr %"c", i64 %".442"
  %".444" = load <8 x float>, ptr %".443", align 4
  %".445" = fadd reassoc contract nsz <8 x float> %".444", %".254"
  %".446" = getelementptr float, ptr %"ebias", i64 1
  %".447" = load float, ptr %".446"
  %".448" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".447", i32 0
  %".449" = shufflevector <8 x float> %".448", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".450" = fadd <8 x float> %".445", %".449"
  %".451" = mul i64 1, %"eldr"
  %".452" = add i64 %".451", 0
  %".453" = getelementptr float, ptr %"eres", i64 %".452"
  %".454" = load <8 x float>, ptr %".453", align 4
  %".455" = fadd <8 x float> %".450", %".454"
  %".456" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".457" = shufflevector <8 x float> %".456", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".458" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".455", <8 x float> %".457")
  store <8 x float> %".458", ptr %".443", align 4
  %".460" = mul i64 1, %"ldc"
  %".461" = add i64 %".460", 8
  %".462" = getelementptr inbounds float, ptr %"c", i64 %".461"
  %".463" = load <8 x float>, ptr %".462", align 4
  %".464" = fadd reassoc contract nsz <8 x float> %".463", %".255"
  %".465" = getelementptr float, ptr %"ebias", i64 1
  %".466" = load float, ptr %".465"
  %".467" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".466", i32 0
  %".468" = shufflevector <8 x float> %".467", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".469" = fadd <8 x float> %".464", %".468"
  %".470" = mul i64 1, %"eldr"
  %".471" = add i64 %".470", 8
  %".472" = getelementptr float, ptr %"eres", i64 %".471"
  %".473" = load <8 x float>, ptr %".472", align 4
  %".474" = fadd <8 x float> %".469", %".473"
  %".475" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".476" = shufflevector <8 x float> %".475", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".477" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".474", <8 x float> %".476")
  store <8 x float> %".477", ptr %".462", align 4
  %".479" = mul i64 2, %"ldc"
  %".480" = add i64 %".479", 0
  %".481" = getelementptr inbounds float, ptr %"c", i64 %".480"
  %".482" = load <8 x float>, ptr %".481", align 4
  %".483" = fadd reassoc contract nsz <8 x float> %".482", %".256"
  %".484" = getelementptr float, ptr %"ebias", i64 2
  %".485" = load float, ptr %".484"
  %".486" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".485", i32 0
  %".487" = shufflevector <8 x float> %".486", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".488" = fadd <8 x float> %".483", %".487"
  %".489" = mul i64 2, %"eldr"
  %".490" = add i64 %".489", 0
  %".491" = getelementptr float, ptr %"eres", i64 %".490"
  %".492" = load <8 x float>, ptr %".491", align 4
  %".493" = fadd <8 x float> %".488", %".492"
  %".494" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".495" = shufflevector <8 x float> %".494", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".496" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".493", <8 x float> %".495")
  store <8 x float> %".496", ptr %".481", align 4
  %".498" = mul i64 2, %"ldc"
  %".499" = add i64 %".498", 8
  %".500" = getelementptr inbounds float, ptr %"c", i64 %".499"
  %".501" = load <8 x float>, ptr %".500", align 4
  %".502" = fadd reassoc contract nsz <8 x float> %".501", %".257"
  %".503" = getelementptr float, ptr %"ebias", i64 2
  %".504" = load float, ptr %".503"
  %".505" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".504", i32 0
  %".506" = shufflevector <8 x float> %".505", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".507" = fadd <8 x float> %".502", %".506"
  %".508" = mul i64 2, %"eldr"
  %".509" = add i64 %".508", 8
  %".510" = getelementptr float, ptr %"eres", i64 %".509"
  %".511" = load <8 x float>, ptr %".510", align 4
  %".512" = fadd <8 x float> %".507", %".511"
  %".513" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".514" = shufflevector <8 x float> %".513", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".515" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".512", <8 x float> %".514")
  store <8 x float> %".515", ptr %".500", align 4
  %".517" = mul i64 3, %"ldc"
  %".518" = add i64 %".517", 0
  %".519" = getelementptr inbounds float, ptr %"c", i64 %".518"
  %".520" = load <8 x float>, ptr %".519", align 4
  %".521" = fadd reassoc contract nsz <8 x float> %".520", %".258"
  %".522" = getelementptr float, ptr %"ebias", i64 3
  %".523" = load float, ptr %".522"
  %".524" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".523", i32 0
  %".525" = shufflevector <8 x float> %".524", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".526" = fadd <8 x float> %".521", %".525"
  %".527" = mul i64 3, %"eldr"
  %".528" = add i64 %".527", 0
  %".529" = getelementptr float, ptr %"eres", i64 %".528"
  %".530" = load <8 x float>, ptr %".529", align 4
  %".531" = fadd <8 x float> %".526", %".530"
  %".532" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".533" = shufflevector <8 x float> %".532", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".534" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".531", <8 x float> %".533")
  store <8 x float> %".534", ptr %".519", align 4
  %".536" = mul i64 3, %"ldc"
  %".537" = add i64 %".536", 8
  %".538" = getelementptr inbounds float, ptr %"c", i64 %".537"
  %".539" = load <8 x float>, ptr %".538", align 4
  %".540" = fadd reassoc contract nsz <8 x float> %".539", %".259"
  %".541" = getelementptr float, ptr %"ebias", i64 3
  %".542" = load float, ptr %".541"
  %".543" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".542", i32 0
  %".544" = shufflevector <8 x float> %".543", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".545" = fadd <8 x float> %".540", %".544"
  %".546" = mul i64 3, %"eldr"
  %".547" = add i64 %".546", 8
  %".548" = getelementptr float, ptr %"eres", i64 %".547"
  %".549" = load <8 x float>, ptr %".548", align 4
  %".550" = fadd <8 x float> %".545", %".549"
  %".551" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".552" = shufflevector <8 x float> %".551", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".553" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".550", <8 x float> %".552")
  store <8 x float> %".553", ptr %".538", align 4
  br label %"tail.if.if.endif"
tail.if.if.endif:
  br label %"tail.if.endif"
rows.done:
  br label %"tail.if.endif"
row0:
  %".562" = mul i64 3, %"ldc"
  %".563" = add i64 %".562", 0
  %".564" = getelementptr inbounds float, ptr %"c", i64 %".563"
  %".565" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".564", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".566" = fadd reassoc contract nsz <8 x float> %".565", %".258"
  %".567" = select  i1 %"first", <8 x float> %".258", <8 x float> %".566"
  %".568" = getelementptr float, ptr %"ebias", i64 3
  %".569" = load float, ptr %".568"
  %".570" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".569", i32 0
  %".571" = shufflevector <8 x float> %".570", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".572" = fadd <8 x float> %".567", %".571"
  %".573" = mul i64 3, %"eldr"
  %".574" = add i64 %".573", 0
  %".575" = getelementptr float, ptr %"eres", i64 %".574"
  %".576" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".575", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".577" = fadd <8 x float> %".572", %".576"
  %".578" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".579" = shufflevector <8 x float> %".578", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".580" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".577", <8 x float> %".579")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".580", ptr %".564", i32 4, <8 x i1> %".559")
  %".582" = mul i64 3, %"ldc"
  %".583" = add i64 %".582", 8
  %".584" = getelementptr inbounds float, ptr %"c", i64 %".583"
  %".585" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".584", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".586" = fadd reassoc contract nsz <8 x float> %".585", %".259"
  %".587" = select  i1 %"first", <8 x float> %".259", <8 x float> %".586"
  %".588" = getelementptr float, ptr %"ebias", i64 3
  %".589" = load float, ptr %".588"
  %".590" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".589", i32 0
  %".591" = shufflevector <8 x float> %".590", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".592" = fadd <8 x float> %".587", %".591"
  %".593" = mul i64 3, %"eldr"
  %".594" = add i64 %".593", 8
  %".595" = getelementptr float, ptr %"eres", i64 %".594"
  %".596" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".595", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".597" = fadd <8 x float> %".592", %".596"
  %".598" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".599" = shufflevector <8 x float> %".598", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".600" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".597", <8 x float> %".599")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".600", ptr %".584", i32 4, <8 x i1> %".560")
  br label %"row1"
row1:
  %".603" = mul i64 2, %"ldc"
  %".604" = add i64 %".603", 0
  %".605" = getelementptr inbounds float, ptr %"c", i64 %".604"
  %".606" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".605", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".607" = fadd reassoc contract nsz <8 x float> %".606", %".256"
  %".608" = select  i1 %"first", <8 x float> %".256", <8 x float> %".607"
  %".609" = getelementptr float, ptr %"ebias", i64 2
  %".610" = load float, ptr %".609"
  %".611" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".610", i32 0
  %".612" = shufflevector <8 x float> %".611", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".613" = fadd <8 x float> %".608", %".612"
  %".614" = mul i64 2, %"eldr"
  %".615" = add i64 %".614", 0
  %".616" = getelementptr float, ptr %"eres", i64 %".615"
  %".617" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".616", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".618" = fadd <8 x float> %".613", %".617"
  %".619" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".620" = shufflevector <8 x float> %".619", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".621" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".618", <8 x float> %".620")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".621", ptr %".605", i32 4, <8 x i1> %".559")
  %".623" = mul i64 2, %"ldc"
  %".624" = add i64 %".623", 8
  %".625" = getelementptr inbounds float, ptr %"c", i64 %".624"
  %".626" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".625", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".627" = fadd reassoc contract nsz <8 x float> %".626", %".257"
  %".628" = select  i1 %"first", <8 x float> %".257", <8 x float> %".627"
  %".629" = getelementptr float, ptr %"ebias", i64 2
  %".630" = load float, ptr %".629"
  %".631" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".630", i32 0
  %".632" = shufflevector <8 x float> %".631", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".633" = fadd <8 x float> %".628", %".632"
  %".634" = mul i64 2, %"eldr"
  %".635" = add i64 %".634", 8
  %".636" = getelementptr float, ptr %"eres", i64 %".635"
  %".637" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".636", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".638" = fadd <8 x float> %".633", %".637"
  %".639" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".640" = shufflevector <8 x float> %".639", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".641" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".638", <8 x float> %".640")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".641", ptr %".625", i32 4, <8 x i1> %".560")
  br label %"row2"
row2:
  %".644" = mul i64 1, %"ldc"
  %".645" = add i64 %".644", 0
  %".646" = getelementptr inbounds float, ptr %"c", i64 %".645"
  %".647" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".646", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".648" = fadd reassoc contract nsz <8 x float> %".647", %".254"
  %".649" = select  i1 %"first", <8 x float> %".254", <8 x float> %".648"
  %".650" = getelementptr float, ptr %"ebias", i64 1
  %".651" = load float, ptr %".650"
  %".652" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".651", i32 0
  %".653" = shufflevector <8 x float> %".652", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".654" = fadd <8 x float> %".649", %".653"
  %".655" = mul i64 1, %"eldr"
  %".656" = add i64 %".655", 0
  %".657" = getelementptr float, ptr %"eres", i64 %".656"
  %".658" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".657", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".659" = fadd <8 x float> %".654", %".658"
  %".660" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".661" = shufflevector <8 x float> %".660", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".662" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".659", <8 x float> %".661")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".662", ptr %".646", i32 4, <8 x i1> %".559")
  %".664" = mul i64 1, %"ldc"
  %".665" = add i64 %".664", 8
  %".666" = getelementptr inbounds float, ptr %"c", i64 %".665"
  %".667" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".666", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".668" = fadd reassoc contract nsz <8 x float> %".667", %".255"
  %".669" = select  i1 %"first", <8 x float> %".255", <8 x float> %".668"
  %".670" = getelementptr float, ptr %"ebias", i64 1
  %".671" = load float, ptr %".670"
  %".672" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".671", i32 0
  %".673" = shufflevector <8 x float> %".672", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".674" = fadd <8 x float> %".669", %".673"
  %".675" = mul i64 1, %"eldr"
  %".676" = add i64 %".675", 8
  %".677" = getelementptr float, ptr %"eres", i64 %".676"
  %".678" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".677", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".679" = fadd <8 x float> %".674", %".678"
  %".680" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".681" = shufflevector <8 x float> %".680", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".682" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".679", <8 x float> %".681")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".682", ptr %".666", i32 4, <8 x i1> %".560")
  br label %"row3"
row3:
  %".685" = mul i64 0, %"ldc"
  %".686" = add i64 %".685", 0
  %".687" = getelementptr inbounds float, ptr %"c", i64 %".686"
  %".688" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".687", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".689" = fadd reassoc contract nsz <8 x float> %".688", %".252"
  %".690" = select  i1 %"first", <8 x float> %".252", <8 x float> %".689"
  %".691" = getelementptr float, ptr %"ebias", i64 0
  %".692" = load float, ptr %".691"
  %".693" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".692", i32 0
  %".694" = shufflevector <8 x float> %".693", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".695" = fadd <8 x float> %".690", %".694"
  %".696" = mul i64 0, %"eldr"
  %".697" = add i64 %".696", 0
  %".698" = getelementptr float, ptr %"eres", i64 %".697"
  %".699" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".698", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".700" = fadd <8 x float> %".695", %".699"
  %".701" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".702" = shufflevector <8 x float> %".701", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".703" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".700", <8 x float> %".702")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".703", ptr %".687", i32 4, <8 x i1> %".559")
  %".705" = mul i64 0, %"ldc"
  %".706" = add i64 %".705", 8
  %".707" = getelementptr inbounds float, ptr %"c", i64 %".706"
  %".708" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".707", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".709" = fadd reassoc contract nsz <8 x float> %".708", %".253"
  %".710" = select  i1 %"first", <8 x float> %".253", <8 x float> %".709"
  %".711" = getelementptr float, ptr %"ebias", i64 0
  %".712" = load float, ptr %".711"
  %".713" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".712", i32 0
  %".714" = shufflevector <8 x float> %".713", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".715" = fadd <8 x float> %".710", %".714"
  %".716" = mul i64 0, %"eldr"
  %".717" = add i64 %".716", 8
  %".718" = getelementptr float, ptr %"eres", i64 %".717"
  %".719" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".718", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".720" = fadd <8 x float> %".715", %".719"
  %".721" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".722" = shufflevector <8 x float> %".721", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".723" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".720", <8 x float> %".722")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".723", ptr %".707", i32 4, <8 x i1> %".560")
  br label %"rows.done"
tail.else.if:
  br i1 %"first", label %"tail.else.if.if", label %"tail.else.if.else"
tail.else.else:
  %".816" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".817" = shufflevector <8 x i64> %".816", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".818" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".817"
  %".819" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".817"
  switch i64 %"mr", label %"rows.done.1" [i64 1, label %"row3.1" i64 2, label %"row2.1" i64 3, label %"row1.1" i64 4, label %"row0.1"]
tail.else.endif:
  br label %"tail.endif"
tail.else.if.if:
  %".733" = mul i64 0, %"ldc"
  %".734" = add i64 %".733", 0
  %".735" = getelementptr inbounds float, ptr %"c", i64 %".734"
  store <8 x float> %".252", ptr %".735", align 4
  %".737" = mul i64 0, %"ldc"
  %".738" = add i64 %".737", 8
  %".739" = getelementptr inbounds float, ptr %"c", i64 %".738"
  store <8 x float> %".253", ptr %".739", align 4
  %".741" = mul i64 1, %"ldc"
  %".742" = add i64 %".741", 0
  %".743" = getelementptr inbounds float, ptr %"c", i64 %".742"
  store <8 x float> %".254", ptr %".743", align 4
  %".745" = mul i64 1, %"ldc"
  %".746" = add i64 %".745", 8
  %".747" = getelementptr inbounds float, ptr %"c", i64 %".746"
  store <8 x float> %".255", ptr %".747", align 4
  %".749" = mul i64 2, %"ldc"
  %".750" = add i64 %".749", 0
  %".751" = getelementptr inbounds float, ptr %"c", i64 %".750"
  store <8 x float> %".256", ptr %".751", align 4
  %".753" = mul i64 2, %"ldc"
  %".754" = add i64 %".753", 8
  %".755" = getelementptr inbounds float, ptr %"c", i64 %".754"
  store <8 x float> %".257", ptr %".755", align 4
  %".757" = mul i64 3, %"ldc"
  %".758" = add i64 %".757", 0
  %".759" = getelementptr inbounds float, ptr %"c", i64 %".758"
  store <8 x float> %".258", ptr %".759", align 4
  %".761" = mul i64 3, %"ldc"
  %".762" = add i64 %".761", 8
  %".763" = getelementptr inbounds float, ptr %"c", i64 %".762"
  store <8 x float> %".259", ptr %".763", align 4
  br label %"tail.else.if.endif"
tail.else.if.else:
  %".766" = mul i64 0, %"ldc"
  %".767" = add i64 %".766", 0
  %".768" = getelementptr inbounds float, ptr %"c", i64 %".767"
  %".769" = load <8 x float>, ptr %".768", align 4
  %".770" = fadd reassoc contract nsz <8 x float> %".769", %".252"
  store <8 x float> %".770", ptr %".768", align 4
  %".772" = mul i64 0, %"ldc"
  %".773" = add i64 %".772", 8
  %".774" = getelementptr inbounds float, ptr %"c", i64 %".773"
  %".775" = load <8 x float>, ptr %".774", align 4
  %".776" = fadd reassoc contract nsz <8 x float> %".775", %".253"
  store <8 x float> %".776", ptr %".774", align 4
  %".778" = mul i64 1, %"ldc"
  %".779" = add i64 %".778", 0
  %".780" = getelementptr inbounds float, ptr %"c", i64 %".779"
  %".781" = load <8 x float>, ptr %".780", align 4
  %".782" = fadd reassoc contract nsz <8 x float> %".781", %".254"
  store <8 x float> %".782", ptr %".780", align 4
  %".784" = mul i64 1, %"ldc"
  %".785" = add i64 %".784", 8
  %".786" = getelementptr inbounds float, ptr %"c", i64 %".785"
  %".787" = load <8 x float>, ptr %".786", align 4
  %".788" = fadd reassoc contract nsz <8 x float> %".787", %".255"
  store <8 x float> %".788", ptr %".786", align 4
  %".790" = mul i64 2, %"ldc"
  %".791" = add i64 %".790", 0
  %".792" = getelementptr inbounds float, ptr %"c", i64 %".791"
  %".793" = load <8 x float>, ptr %".792", align 4
  %".794" = fadd reassoc contract nsz <8 x float> %".793", %".256"
  store <8 x float> %".794", ptr %".792", align 4
  %".796" = mul i64 2, %"ldc"
  %".797" = add i64 %".796", 8
  %".798" = getelementptr inbounds float, ptr %"c", i64 %".797"
  %".799" = load <8 x float>, ptr %".798", align 4
  %".800" = fadd reassoc contract nsz <8 x float> %".799", %".257"
  store <8 x float> %".800", ptr %".798", align 4
  %".802" = mul i64 3, %"ldc"
  %".803" = add i64 %".802", 0
  %".804" = getelementptr inbounds float, ptr %"c", i64 %".803"
  %".805" = load <8 x float>, ptr %".804", align 4
  %".806" = fadd reassoc contract nsz <8 x float> %".805", %".258"
  store <8 x float> %".806", ptr %".804", align 4
  %".808" = mul i64 3, %"ldc"
  %".809" = add i64 %".808", 8
  %".810" = getelementptr inbounds float, ptr %"c", i64 %".809"
  %".811" = load <8 x float>, ptr %".810", align 4
  %".812" = fadd reassoc contract nsz <8 x float> %".811", %".259"
  store <8 x float> %".812", ptr %".810", align 4
  br label %"tail.else.if.endif"
tail.else.if.endif:
  br label %"tail.else.endif"
rows.done.1:
  br label %"tail.else.endif"
row0.1:
  %".821" = mul i64 3, %"ldc"
  %".822" = add i64 %".821", 0
  %".823" = getelementptr inbounds float, ptr %"c", i64 %".822"
  %".824" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".823", i32 4, <8 x i1> %".818", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".825" = fadd reassoc contract nsz <8 x float> %".824", %".258"
  %".826" = select  i1 %"first", <8 x float> %".258", <8 x float> %".825"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".826", ptr %".823", i32 4, <8 x i1> %".818")
  %".828" = mul i64 3, %"ldc"
  %".829" = add i64 %".828", 8
  %".830" = getelementptr inbounds float, ptr %"c", i64 %".829"
  %".831" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".830", i32 4, <8 x i1> %".819", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".832" = fadd reassoc contract nsz <8 x float> %".831", %".259"
  %".833" = select  i1 %"first", <8 x float> %".259", <8 x float> %".832"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".833", ptr %".830", i32 4, <8 x i1> %".819")
  br label %"row1.1"
row1.1:
  %".836" = mul i64 2, %"ldc"
  %".837" = add i64 %".836", 0
  %".838" = getelementptr inbounds float, ptr %"c", i64 %".837"
  %".839" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".838", i32 4, <8 x i1> %".818", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".840" = fadd reassoc contract nsz <8 x float> %".839", %".256"
  %".841" = select  i1 %"first", <8 x float> %".256", <8 x float> %".840"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".841", ptr %".838", i32 4, <8 x i1> %".818")
  %".843" = mul i64 2, %"ldc"
  %".844" = add i64 %".843", 8
  %".845" = getelementptr inbounds float, ptr %"c", i64 %".844"
  %".846" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".845", i32 4, <8 x i1> %".819", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".847" = fadd reassoc contract nsz <8 x float> %".846", %".257"
  %".848" = select  i1 %"first", <8 x float> %".257", <8 x float> %".847"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".848", ptr %".845", i32 4, <8 x i1> %".819")
  br label %"row2.1"
row2.1:
  %".851" = mul i64 1, %"ldc"
  %".852" = add i64 %".851", 0
  %".853" = getelementptr inbounds float, ptr %"c", i64 %".852"
  %".854" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".853", i32 4, <8 x i1> %".818", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".855" = fadd reassoc contract nsz <8 x float> %".854", %".254"
  %".856" = select  i1 %"first", <8 x float> %".254", <8 x float> %".855"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".856", ptr %".853", i32 4, <8 x i1> %".818")
  %".858" = mul i64 1, %"ldc"
  %".859" = add i64 %".858", 8
  %".860" = getelementptr inbounds float, ptr %"c", i64 %".859"
  %".861" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".860", i32 4, <8 x i1> %".819", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".862" = fadd reassoc contract nsz <8 x float> %".861", %".255"
  %".863" = select  i1 %"first", <8 x float> %".255", <8 x float> %".862"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".863", ptr %".860", i32 4, <8 x i1> %".819")
  br label %"row3.1"
row3.1:
  %".866" = mul i64 0, %"ldc"
  %".867" = add i64 %".866", 0
  %".868" = getelementptr inbounds float, ptr %"c", i64 %".867"
  %".869" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".868", i32 4, <8 x i1> %".818", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".870" = fadd reassoc contract nsz <8 x float> %".869", %".252"
  %".871" = select  i1 %"first", <8 x float> %".252", <8 x float> %".870"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".871", ptr %".868", i32 4, <8 x i1> %".818")
  %".873" = mul i64 0, %"ldc"
  %".874" = add i64 %".873", 8
  %".875" = getelementptr inbounds float, ptr %"c", i64 %".874"
  %".876" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".875", i32 4, <8 x i1> %".819", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".877" = fadd reassoc contract nsz <8 x float> %".876", %".253"
  %".878" = select  i1 %"first", <8 x float> %".253", <8 x float> %".877"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".878", ptr %".875", i32 4, <8 x i1> %".819")
  br label %"rows.done.1"
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
  %".156" = icmp slt i64 %"bi.next", %".36"
  br i1 %".156", label %"bi.body", label %"bi.done"
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".87" = sub i64 %"K", %"pc"
  %".88" = icmp slt i64 512, %".87"
  %".89" = select  i1 %".88", i64 512, i64 %".87"
  %".90" = icmp eq i64 %"pc", 0
  %".91" = xor i1 %".79", -1
  %".92" = and i1 %".90", %".91"
  %".93" = add i64 %"pc", %".89"
  %".94" = icmp eq i64 %".93", %"K"
  %".95" = mul i64 %"pc", %"rsb"
  %".96" = mul i64 %"jc", %"csb"
  %".97" = add i64 %".95", %".96"
  %".98" = getelementptr inbounds float, ptr %".74", i64 %".97"
  call void @"gv_gemm_f32.pack_b"(ptr %".68", ptr %".98", i64 %".84", i64 %".89", i64 %"csb", i64 %"rsb")
  %".100" = icmp slt i64 %".66", %".67"
  br i1 %".100", label %"ic.body", label %"ic.done"
pc.done:
  %"jc.next" = add nsw i64 %"jc", 4080
  %".154" = icmp slt i64 %"jc.next", %".65"
  br i1 %".154", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".66", %"pc.body"], [%"ic.next", %"jr.done"]
  %".102" = sub i64 %".67", %"ic"
  %".103" = icmp slt i64 144, %".102"
  %".104" = select  i1 %".103", i64 144, i64 %".102"
  %".105" = mul i64 %"ic", %"rsa"
  %".106" = mul i64 %"pc", %"csa"
  %".107" = add i64 %".105", %".106"
  %".108" = getelementptr inbounds float, ptr %".72", i64 %".107"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".108", i64 %".104", i64 %".89", i64 %"rsa", i64 %"csa")
  %".110" = icmp slt i64 0, %".84"
  br i1 %".110", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 512
  %".152" = icmp slt i64 %"pc.next", %"K"
  br i1 %".152", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".112" = sub i64 %".84", %"jr"
  %".113" = icmp slt i64 16, %".112"
  %".114" = select  i1 %".113", i64 16, i64 %".112"
  %".115" = mul i64 %"jr", %".89"
  %".116" = getelementptr inbounds float, ptr %".68", i64 %".115"
  %".117" = icmp slt i64 0, %".104"
  br i1 %".117", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 144
  %".150" = icmp slt i64 %"ic.next", %".67"
  br i1 %".150", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body.endif"]
  %".119" = sub i64 %".104", %"ir"
  %".120" = icmp slt i64 6, %".119"
  %".121" = select  i1 %".120", i64 6, i64 %".119"
  %".122" = mul i64 %"ir", %".89"
  %".123" = getelementptr inbounds float, ptr %"ws", i64 %".122"
  %".124" = add i64 %"ic", %"ir"
  %".125" = mul i64 %".124", %"ldc"
  %".126" = add i64 %"jc", %"jr"
  %".127" = add i64 %".125", %".126"
  %".128" = getelementptr inbounds float, ptr %".76", i64 %".127"
  %".129" = add i64 %"jc", %"jr"
  %".130" = icmp sle i64 %".121", 2
  br i1 %".130", label %"ir.body.if", label %"ir.body.else"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 16
  %".148" = icmp slt i64 %"jr.next", %".84"
  br i1 %".148", label %"jr.body", label %"jr.done"
ir.body.if:
  call void @"gv_gemm_f32.ukernel2"(i64 %".89", ptr %".123", ptr %".116", ptr %".128", i64 %"ldc", i64 %".121", i64 %".114", i1 %".92", [6 x float]* @"gv_gemm_f32.zero_bias", [16 x float]* @"gv_gemm_f32.zero_row", i64 0, float 0xfff0000000000000, i1 false)
  br label %"ir.body.endif"
ir.body.else:
  %".134" = icmp sle i64 %".121", 3
  br i1 %".134", label %"ir.body.else.if", label %"ir.body.else.else"
ir.body.endif:
  %"ir.next" = add nsw i64 %"ir", 6
  %".146" = icmp slt i64 %"ir.next", %".104"
  br i1 %".146", label %"ir.body", label %"ir.done"
ir.body.else.if:
  call void @"gv_gemm_f32.ukernel3"(i64 %".89", ptr %".123", ptr %".116", ptr %".128", i64 %"ldc", i64 %".121", i64 %".114", i1 %".92", [6 x float]* @"gv_gemm_f32.zero_bias", [16 x float]* @"gv_gemm_f32.zero_row", i64 0, float 0xfff0000000000000, i1 false)
  br label %"ir.body.else.endif"
ir.body.else.else:
  %".138" = icmp sle i64 %".121", 4
  br i1 %".138", label %"ir.body.else.else.if", label %"ir.body.else.else.else"
ir.body.else.endif:
  br label %"ir.body.endif"
ir.body.else.else.if:
  call void @"gv_gemm_f32.ukernel4"(i64 %".89", ptr %".123", ptr %".116", ptr %".128", i64 %"ldc", i64 %".121", i64 %".114", i1 %".92", [6 x float]* @"gv_gemm_f32.zero_bias", [16 x float]* @"gv_gemm_f32.zero_row", i64 0, float 0xfff0000000000000, i1 false)
  br label %"ir.body.else.else.endif"
ir.body.else.else.else:
  call void @"gv_gemm_f32.ukernel6"(i64 %".89", ptr %".123", ptr %".116", ptr %".128", i64 %"ldc", i64 %".121", i64 %".114", i1 %".92", [6 x float]* @"gv_gemm_f32.zero_bias", [16 x float]* @"gv_gemm_f32.zero_row", i64 0, float 0xfff0000000000000, i1 false)
  br label %"ir.body.else.else.endif"
ir.body.else.else.endif:
  br label %"ir.body.else.endif"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

@"gv_gemm_f32.zero_bias" = internal constant [6 x float] [float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000], align 64
@"gv_gemm_f32.zero_row" = internal constant [16 x float] [float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000], align 64
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
define internal void @"gv_k1_add_relu_gt.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b2__0__bias", ptr noalias %"b5_matmul", ptr noalias %"b7_relu", ptr noalias %"b10_gt") noinline
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
define internal void @"gv_k3_add.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b4__1__bias", ptr noalias %"b8_matmul_1", ptr noalias %"b9_add_1") noinline
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
  %".32" = icmp sge i64 2, 32768
  br i1 %".32", label %"entry.if", label %"entry.else"
entry.if:
  %".34" = alloca {i64, i64, ptr}
  %".35" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".34", i64 0, i32 0
  store i64 %"N", i64* %".35"
  %".37" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".34", i64 0, i32 1
  store i64 2, i64* %".37"
  %".39" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".34", i64 0, i32 2
  store ptr %"b6_reduce_sum", ptr %".39"
  %".41" = mul i64 %"nthreads", 4
  %".42" = icmp sgt i64 2, 1
  %".43" = select  i1 %".42", i64 2, i64 1
  %".44" = icmp slt i64 %".41", %".43"
  %".45" = select  i1 %".44", i64 %".41", i64 %".43"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k0_reduce_sum.L0.par", {i64, i64, ptr}* %".34", i64 %".45")
  br label %"entry.endif"
entry.else:
  call void @"gv_k0_reduce_sum.L0"(i64 %"N", i64 0, i64 2, ptr %"b6_reduce_sum")
  br label %"entry.endif"
entry.endif:
  %".50" = mul i64 %"N", 2
  call void @"gv_k0_reduce_sum.L1"(i64 %"N", i64 0, i64 %"N", ptr %"b0_seed0", ptr %"b6_reduce_sum")
  call void @"gv_k1_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b5__1__weight", ptr %"b7_matmul_2")
  call void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b1_relu", ptr %"b8_matmul_3")
  %".54" = mul nsw i64 %"N", 3
  %".55" = icmp sge i64 %".54", 32768
  br i1 %".55", label %"entry.endif.if", label %"entry.endif.else"
entry.endif.if:
  %".57" = alloca {i64, i64, ptr, ptr, ptr}
  %".58" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 0
  store i64 %"N", i64* %".58"
  %".60" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 1
  store i64 %".54", i64* %".60"
  %".62" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 2
  store ptr %"b2_gt", ptr %".62"
  %".64" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 3
  store ptr %"b7_matmul_2", ptr %".64"
  %".66" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".57", i64 0, i32 4
  store ptr %"b9_where", ptr %".66"
  %".68" = mul i64 %"nthreads", 4
  %".69" = icmp sgt i64 %".54", 1
  %".70" = select  i1 %".69", i64 %".54", i64 1
  %".71" = icmp slt i64 %".68", %".70"
  %".72" = select  i1 %".71", i64 %".68", i64 %".70"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k3_where.L0.par", {i64, i64, ptr, ptr, ptr}* %".57", i64 %".72")
  br label %"entry.endif.endif"
entry.endif.else:
  call void @"gv_k3_where.L0"(i64 %"N", i64 0, i64 %".54", ptr %"b2_gt", ptr %"b7_matmul_2", ptr %"b9_where")
  br label %"entry.endif.endif"
entry.endif.endif:
  %".77" = icmp sge i64 3, 32768
  br i1 %".77", label %"entry.endif.endif.if", label %"entry.endif.endif.else"
entry.endif.endif.if:
  %".79" = alloca {i64, i64, ptr}
  %".80" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".79", i64 0, i32 0
  store i64 %"N", i64* %".80"
  %".82" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".79", i64 0, i32 1
  store i64 3, i64* %".82"
  %".84" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".79", i64 0, i32 2
  store ptr %"b10_reduce_sum_1", ptr %".84"
  %".86" = mul i64 %"nthreads", 4
  %".87" = icmp sgt i64 3, 1
  %".88" = select  i1 %".87", i64 3, i64 1
  %".89" = icmp slt i64 %".86", %".88"
  %".90" = select  i1 %".89", i64 %".86", i64 %".88"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k4_reduce_sum.L0.par", {i64, i64, ptr}* %".79", i64 %".90")
  br label %"entry.endif.endif.endif"
entry.endif.endif.else:
  call void @"gv_k4_reduce_sum.L0"(i64 %"N", i64 0, i64 3, ptr %"b10_reduce_sum_1")
  br label %"entry.endif.endif.endif"
entry.endif.endif.endif:
  %".95" = mul i64 %"N", 3
  call void @"gv_k4_reduce_sum.L1"(i64 %"N", i64 0, i64 %"N", ptr %"b9_where", ptr %"b10_reduce_sum_1")
  call void @"gv_k5_matmul"(i64 %"N", i64 %"nthreads", ptr %"b4__0__weight", ptr %"b9_where", ptr %"b11_matmul_4")
  call void @"gv_k6_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3_x", ptr %"b9_where", ptr %"b12_matmul_5")
  ret void
}

declare i64 @"gv_num_threads"()

; kernel gv_k0_reduce_sum: nodes %reduce_sum; layers model[1] (Fc) [grad]; shapes %reduce_sum: f32[2]
define internal void @"gv_k0_reduce_sum.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b6_reduce_sum") noinline
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

define internal void @"gv_gemm_f32.ukernel6"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"ebias", ptr %"eres", i64 %"eldr", float %"elo", i1 %"epi")
{
entry:
  br i1 %"epi", label %"entry.if", label %"entry.endif"
entry.if:
  %".16" = mul i64 0, %"eldr"
  %".17" = getelementptr float, ptr %"eres", i64 %".16"
  %".18" = getelementptr i8, ptr %".17", i64 0
  call void @"llvm.prefetch.p0"(ptr %".18", i32 0, i32 3, i32 1)
  %".20" = getelementptr i8, ptr %".17", i64 63
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".22" = mul i64 1, %"eldr"
  %".23" = getelementptr float, ptr %"eres", i64 %".22"
  %".24" = getelementptr i8, ptr %".23", i64 0
  call void @"llvm.prefetch.p0"(ptr %".24", i32 0, i32 3, i32 1)
  %".26" = getelementptr i8, ptr %".23", i64 63
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = mul i64 2, %"eldr"
  %".29" = getelementptr float, ptr %"eres", i64 %".28"
  %".30" = getelementptr i8, ptr %".29", i64 0
  call void @"llvm.prefetch.p0"(ptr %".30", i32 0, i32 3, i32 1)
  %".32" = getelementptr i8, ptr %".29", i64 63
  call void @"llvm.prefetch.p0"(ptr %".32", i32 0, i32 3, i32 1)
  %".34" = mul i64 3, %"eldr"
  %".35" = getelementptr float, ptr %"eres", i64 %".34"
  %".36" = getelementptr i8, ptr %".35", i64 0
  call void @"llvm.prefetch.p0"(ptr %".36", i32 0, i32 3, i32 1)
  %".38" = getelementptr i8, ptr %".35", i64 63
  call void @"llvm.prefetch.p0"(ptr %".38", i32 0, i32 3, i32 1)
  %".40" = mul i64 4, %"eldr"
  %".41" = getelementptr float, ptr %"eres", i64 %".40"
  %".42" = getelementptr i8, ptr %".41", i64 0
  call void @"llvm.prefetch.p0"(ptr %".42", i32 0, i32 3, i32 1)
  %".44" = getelementptr i8, ptr %".41", i64 63
  call void @"llvm.prefetch.p0"(ptr %".44", i32 0, i32 3, i32 1)
  %".46" = mul i64 5, %"eldr"
  %".47" = getelementptr float, ptr %"eres", i64 %".46"
  %".48" = getelementptr i8, ptr %".47", i64 0
  call void @"llvm.prefetch.p0"(ptr %".48", i32 0, i32 3, i32 1)
  %".50" = getelementptr i8, ptr %".47", i64 63
  call void @"llvm.prefetch.p0"(ptr %".50", i32 0, i32 3, i32 1)
  br label %"entry.endif"
entry.endif:
  %".53" = and i64 %"kc", -4
  %".54" = icmp sgt i64 %".53", 0
  br i1 %".54", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry.endif"], [%".260", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".223", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".224", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".230", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".231", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".237", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".238", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".244", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".245", %"main"]
  %"acc8" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".251", %"main"]
  %"acc9" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".252", %"main"]
  %"acc10" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".258", %"main"]
  %"acc11" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".259", %"main"]
  %".56" = add i64 %"k", 0
  %".57" = mul i64 %".56", 16
  %".58" = add i64 %".57", 0
  %".59" = getelementptr inbounds float, ptr %"bp", i64 %".58"
  %".60" = load <8 x float>, ptr %".59", align 32
  %".61" = add i64 %".57", 8
  %".62" = getelementptr inbounds float, ptr %"bp", i64 %".61"
  %".63" = load <8 x float>, ptr %".62", align 32
  %".64" = mul i64 %".56", 6
  %".65" = add i64 %".64", 0
  %".66" = getelementptr inbounds float, ptr %"ap", i64 %".65"
  %".67" = load float, ptr %".66"
  %".68" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".67", i32 0
  %".69" = shufflevector <8 x float> %".68", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".70" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".69", <8 x float> %".60", <8 x float> %"acc0")
  %".71" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".69", <8 x float> %".63", <8 x float> %"acc1")
  %".72" = add i64 %".64", 1
  %".73" = getelementptr inbounds float, ptr %"ap", i64 %".72"
  %".74" = load float, ptr %".73"
  %".75" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".74", i32 0
  %".76" = shufflevector <8 x float> %".75", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".60", <8 x float> %"acc2")
  %".78" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".63", <8 x float> %"acc3")
  %".79" = add i64 %".64", 2
  %".80" = getelementptr inbounds float, ptr %"ap", i64 %".79"
  %".81" = load float, ptr %".80"
  %".82" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".81", i32 0
  %".83" = shufflevector <8 x float> %".82", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".84" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".60", <8 x float> %"acc4")
  %".85" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".63", <8 x float> %"acc5")
  %".86" = add i64 %".64", 3
  %".87" = getelementptr inbounds float, ptr %"ap", i64 %".86"
  %".88" = load float, ptr %".87"
  %".89" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".88", i32 0
  %".90" = shufflevector <8 x float> %".89", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".91" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".90", <8 x float> %".60", <8 x float> %"acc6")
  %".92" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".90", <8 x float> %".63", <8 x float> %"acc7")
  %".93" = add i64 %".64", 4
  %".94" = getelementptr inbounds float, ptr %"ap", i64 %".93"
  %".95" = load float, ptr %".94"
  %".96" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".95", i32 0
  %".97" = shufflevector <8 x float> %".96", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".98" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".60", <8 x float> %"acc8")
  %".99" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".97", <8 x float> %".63", <8 x float> %"acc9")
  %".100" = add i64 %".64", 5
  %".101" = getelementptr inbounds float, ptr %"ap", i64 %".100"
  %".102" = load float, ptr %".101"
  %".103" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".102", i32 0
  %".104" = shufflevector <8 x float> %".103", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".105" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".104", <8 x float> %".60", <8 x float> %"acc10")
  %".106" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".104", <8 x float> %".63", <8 x float> %"acc11")
  %".107" = add i64 %"k", 1
  %".108" = mul i64 %".107", 16
  %".109" = add i64 %".108", 0
  %".110" = getelementptr inbounds float, ptr %"bp", i64 %".109"
  %".111" = load <8 x float>, ptr %".110", align 32
  %".112" = add i64 %".108", 8
  %".113" = getelementptr inbounds float, ptr %"bp", i64 %".112"
  %".114" = load <8 x float>, ptr %".113", align 32
  %".115" = mul i64 %".107", 6
  %".116" = add i64 %".115", 0
  %".117" = getelementptr inbounds float, ptr %"ap", i64 %".116"
  %".118" = load float, ptr %".117"
  %".119" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".118", i32 0
  %".120" = shufflevector <8 x float> %".119", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".121" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".120", <8 x float> %".111", <8 x float> %".70")
  %".122" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".120", <8 x float> %".114", <8 x float> %".71")
  %".123" = add i64 %".115", 1
  %".124" = getelementptr inbounds float, ptr %"ap", i64 %".123"
  %".125" = load float, ptr %".124"
  %".126" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".125", i32 0
  %".127" = shufflevector <8 x float> %".126", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".128" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".127", <8 x float> %".111", <8 x float> %".77")
  %".129" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".127", <8 x float> %".114", <8 x float> %".78")
  %".130" = add i64 %".115", 2
  %".131" = getelementptr inbounds float, ptr %"ap", i64 %".130"
  %".132" = load float, ptr %".131"
  %".133" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".132", i32 0
  %".134" = shufflevector <8 x float> %".133", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".135" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".134", <8 x float> %".111", <8 x float> %".84")
  %".136" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".134", <8 x float> %".114", <8 x float> %".85")
  %".137" = add i64 %".115", 3
  %".138" = getelementptr inbounds float, ptr %"ap", i64 %".137"
  %".139" = load float, ptr %".138"
  %".140" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <8 x float> %".140", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".141", <8 x float> %".111", <8 x float> %".91")
  %".143" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".141", <8 x float> %".114", <8 x float> %".92")
  %".144" = add i64 %".115", 4
  %".145" = getelementptr inbounds float, ptr %"ap", i64 %".144"
  %".146" = load float, ptr %".145"
  %".147" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".146", i32 0
  %".148" = shufflevector <8 x float> %".147", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".149" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".148", <8 x float> %".111", <8 x float> %".98")
  %".150" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".148", <8 x float> %".114", <8 x float> %".99")
  %".151" = add i64 %".115", 5
  %".152" = getelementptr inbounds float, ptr %"ap", i64 %".151"
  %".153" = load float, ptr %".152"
  %".154" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".153", i32 0
  %".155" = shufflevector <8 x float> %".154", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".156" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".155", <8 x float> %".111", <8 x float> %".105")
  %".157" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".155", <8 x float> %".114", <8 x float> %".106")
  %".158" = add i64 %"k", 2
  %".159" = mul i64 %".158", 16
  %".160" = add i64 %".159", 0
  %".161" = getelementptr inbounds float, ptr %"bp", i64 %".160"
  %".162" = load <8 x float>, ptr %".161", align 32
  %".163" = add i64 %".159", 8
  %".164" = getelementptr inbounds float, ptr %"bp", i64 %".163"
  %".165" = load <8 x float>, ptr %".164", align 32
  %".166" = mul i64 %".158", 6
  %".167" = add i64 %".166", 0
  %".168" = getelementptr inbounds float, ptr %"ap", i64 %".167"
  %".169" = load float, ptr %".168"
  %".170" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".169", i32 0
  %".171" = shufflevector <8 x float> %".170", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".172" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".171", <8 x float> %".162", <8 x float> %".121")
  %".173" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".171", <8 x float> %".165", <8 x float> %".122")
  %".174" = add i64 %".166", 1
  %".175" = getelementptr inbounds float, ptr %"ap", i64 %".174"
  %".176" = load float, ptr %".175"
  %".177" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".176", i32 0
  %".178" = shufflevector <8 x float> %".177", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".179" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".178", <8 x float> %".162", <8 x float> %".128")
  %".180" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".178", <8 x float> %".165", <8 x float> %".129")
  %".181" = add i64 %".166", 2
  %".182" = getelementptr inbounds float, ptr %"ap", i64 %".181"
  %".183" = load float, ptr %".182"
  %".184" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".183", i32 0
  %".185" = shufflevector <8 x float> %".184", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".186" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".185", <8 x float> %".162", <8 x float> %".135")
  %".187" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".185", <8 x float> %".165", <8 x float> %".136")
  %".188" = add i64 %".166", 3
  %".189" = getelementptr inbounds float, ptr %"ap", i64 %".188"
  %".190" = load float, ptr %".189"
  %".191" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".190", i32 0
  %".192" = shufflevector <8 x float> %".191", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".193" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".192", <8 x float> %".162", <8 x float> %".142")
  %".194" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".192", <8 x float> %".165", <8 x float> %".143")
  %".195" = add i64 %".166", 4
  %".196" = getelementptr inbounds float, ptr %"ap", i64 %".195"
  %".197" = load float, ptr %".196"
  %".198" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".197", i32 0
  %".199" = shufflevector <8 x float> %".198", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".200" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".199", <8 x float> %".162", <8 x float> %".149")
  %".201" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".199", <8 x float> %".165", <8 x float> %".150")
  %".202" = add i64 %".166", 5
  %".203" = getelementptr inbounds float, ptr %"ap", i64 %".202"
  %".204" = load float, ptr %".203"
  %".205" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".204", i32 0
  %".206" = shufflevector <8 x float> %".205", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".207" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".206", <8 x float> %".162", <8 x float> %".156")
  %".208" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".206", <8 x float> %".165", <8 x float> %".157")
  %".209" = add i64 %"k", 3
  %".210" = mul i64 %".209", 16
  %".211" = add i64 %".210", 0
  %".212" = getelementptr inbounds float, ptr %"bp", i64 %".211"
  %".213" = load <8 x float>, ptr %".212", align 32
  %".214" = add i64 %".210", 8
  %".215" = getelementptr inbounds float, ptr %"bp", i64 %".214"
  %".216" = load <8 x float>, ptr %".215", align 32
  %".217" = mul i64 %".209", 6
  %".218" = add i64 %".217", 0
  %".219" = getelementptr inbounds float, ptr %"ap", i64 %".218"
  %".220" = load float, ptr %".219"
  %".221" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".220", i32 0
  %".222" = shufflevector <8 x float> %".221", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".223" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".222", <8 x float> %".213", <8 x float> %".172")
  %".224" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".222", <8 x float> %".216", <8 x float> %".173")
  %".225" = add i64 %".217", 1
  %".226" = getelementptr inbounds float, ptr %"ap", i64 %".225"
  %".227" = load float, ptr %".226"
  %".228" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".227", i32 0
  %".229" = shufflevector <8 x float> %".228", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".230" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".229", <8 x float> %".213", <8 x float> %".179")
  %".231" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".229", <8 x float> %".216", <8 x float> %".180")
  %".232" = add i64 %".217", 2
  %".233" = getelementptr inbounds float, ptr %"ap", i64 %".232"
  %".234" = load float, ptr %".233"
  %".235" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".234", i32 0
  %".236" = shufflevector <8 x float> %".235", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".237" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".236", <8 x float> %".213", <8 x float> %".186")
  %".238" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".236", <8 x float> %".216", <8 x float> %".187")
  %".239" = add i64 %".217", 3
  %".240" = getelementptr inbounds float, ptr %"ap", i64 %".239"
  %".241" = load float, ptr %".240"
  %".242" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".241", i32 0
  %".243" = shufflevector <8 x float> %".242", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".244" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".243", <8 x float> %".213", <8 x float> %".193")
  %".245" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".243", <8 x float> %".216", <8 x float> %".194")
  %".246" = add i64 %".217", 4
  %".247" = getelementptr inbounds float, ptr %"ap", i64 %".246"
  %".248" = load float, ptr %".247"
  %".249" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".248", i32 0
  %".250" = shufflevector <8 x float> %".249", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".251" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".250", <8 x float> %".213", <8 x float> %".200")
  %".252" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".250", <8 x float> %".216", <8 x float> %".201")
  %".253" = add i64 %".217", 5
  %".254" = getelementptr inbounds float, ptr %"ap", i64 %".253"
  %".255" = load float, ptr %".254"
  %".256" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".255", i32 0
  %".257" = shufflevector <8 x float> %".256", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".258" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".213", <8 x float> %".207")
  %".259" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".216", <8 x float> %".208")
  %".260" = add i64 %"k", 4
  %".261" = icmp slt i64 %".260", %".53"
  br i1 %".261", label %"main", label %"mid"
mid:
  %".263" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".223", %"main"]
  %".264" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".224", %"main"]
  %".265" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".230", %"main"]
  %".266" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".231", %"main"]
  %".267" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".237", %"main"]
  %".268" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".238", %"main"]
  %".269" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".244", %"main"]
  %".270" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".245", %"main"]
  %".271" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".251", %"main"]
  %".272" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".252", %"main"]
  %".273" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".258", %"main"]
  %".274" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".259", %"main"]
  %".275" = icmp slt i64 %".53", %"kc"
  br i1 %".275", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".53", %"mid"], [%".339", %"rem"]
  %".277" = phi  <8 x float> [%".263", %"mid"], [%".302", %"rem"]
  %".278" = phi  <8 x float> [%".264", %"mid"], [%".303", %"rem"]
  %".279" = phi  <8 x float> [%".265", %"mid"], [%".309", %"rem"]
  %".280" = phi  <8 x float> [%".266", %"mid"], [%".310", %"rem"]
  %".281" = phi  <8 x float> [%".267", %"mid"], [%".316", %"rem"]
  %".282" = phi  <8 x float> [%".268", %"mid"], [%".317", %"rem"]
  %".283" = phi  <8 x float> [%".269", %"mid"], [%".323", %"rem"]
  %".284" = phi  <8 x float> [%".270", %"mid"], [%".324", %"rem"]
  %".285" = phi  <8 x float> [%".271", %"mid"], [%".330", %"rem"]
  %".286" = phi  <8 x float> [%".272", %"mid"], [%".331", %"rem"]
  %".287" = phi  <8 x float> [%".273", %"mid"], [%".337", %"rem"]
  %".288" = phi  <8 x float> [%".274", %"mid"], [%".338", %"rem"]
  %".289" = mul i64 %"k1", 16
  %".290" = add i64 %".289", 0
  %".291" = getelementptr inbounds float, ptr %"bp", i64 %".290"
  %".292" = load <8 x float>, ptr %".291", align 32
  %".293" = add i64 %".289", 8
  %".294" = getelementptr inbounds float, ptr %"bp", i64 %".293"
  %".295" = load <8 x float>, ptr %".294", align 32
  %".296" = mul i64 %"k1", 6
  %".297" = add i64 %".296", 0
  %".298" = getelementptr inbounds float, ptr %"ap", i64 %".297"
  %".299" = load float, ptr %".298"
  %".300" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".299", i32 0
  %".301" = shufflevector <8 x float> %".300", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".302" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".301", <8 x float> %".292", <8 x float> %".277")
  %".303" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".301", <8 x float> %".295", <8 x float> %".278")
  %".304" = add i64 %".296", 1
  %".305" = getelementptr inbounds float, ptr %"ap", i64 %".304"
  %".306" = load float, ptr %".305"
  %".307" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".306", i32 0
  %".308" = shufflevector <8 x float> %".307", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".309" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".308", <8 x float> %".292", <8 x float> %".279")
  %".310" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".308", <8 x float> %".295", <8 x float> %".280")
  %".311" = add i64 %".296", 2
  %".312" = getelementptr inbounds float, ptr %"ap", i64 %".311"
  %".313" = load float, ptr %".312"
  %".314" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".313", i32 0
  %".315" = shufflevector <8 x float> %".314", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".316" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".315", <8 x float> %".292", <8 x float> %".281")
  %".317" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".315", <8 x float> %".295", <8 x float> %".282")
  %".318" = add i64 %".296", 3
  %".319" = getelementptr inbounds float, ptr %"ap", i64 %".318"
  %".320" = load float, ptr %".319"
  %".321" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".320", i32 0
  %".322" = shufflevector <8 x float> %".321", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".323" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".322", <8 x float> %".292", <8 x float> %".283")
  %".324" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".322", <8 x float> %".295", <8 x float> %".284")
  %".325" = add i64 %".296", 4
  %".326" = getelementptr inbounds float, ptr %"ap", i64 %".325"
  %".327" = load float, ptr %".326"
  %".328" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".327", i32 0
  %".329" = shufflevector <8 x float> %".328", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".330" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".329", <8 x float> %".292", <8 x float> %".285")
  %".331" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".329", <8 x float> %".295", <8 x float> %".286")
  %".332" = add i64 %".296", 5
  %".333" = getelementptr inbounds float, ptr %"ap", i64 %".332"
  %".334" = load float, ptr %".333"
  %".335" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".334", i32 0
  %".336" = shufflevector <8 x float> %".335", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".337" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".336", <8 x float> %".292", <8 x float> %".287")
  %".338" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".336", <8 x float> %".295", <8 x float> %".288")
  %".339" = add i64 %"k1", 1
  %".340" = icmp slt i64 %".339", %"kc"
  br i1 %".340", label %"rem", label %"tail"
tail:
  %".342" = phi  <8 x float> [%".263", %"mid"], [%".302", %"rem"]
  %".343" = phi  <8 x float> [%".264", %"mid"], [%".303", %"rem"]
  %".344" = phi  <8 x float> [%".265", %"mid"], [%".309", %"rem"]
  %".345" = phi  <8 x float> [%".266", %"mid"], [%".310", %"rem"]
  %".346" = phi  <8 x float> [%".267", %"mid"], [%".316", %"rem"]
  %".347" = phi  <8 x float> [%".268", %"mid"], [%".317", %"rem"]
  %".348" = phi  <8 x float> [%".269", %"mid"], [%".323", %"rem"]
  %".349" = phi  <8 x float> [%".270", %"mid"], [%".324", %"rem"]
  %".350" = phi  <8 x float> [%".271", %"mid"], [%".330", %"rem"]
  %".351" = phi  <8 x float> [%".272", %"mid"], [%".331", %"rem"]
  %".352" = phi  <8 x float> [%".273", %"mid"], [%".337", %"rem"]
  %".353" = phi  <8 x float> [%".274", %"mid"], [%".338", %"rem"]
  br i1 %"epi", label %"tail.if", label %"tail.else"
tail.if:
  %".355" = icmp eq i64 %"mr", 6
  %".356" = icmp eq i64 %"nr", 16
  %".357" = and i1 %".355", %".356"
  br i1 %".357", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".1048" = icmp eq i64 %"mr", 6
  %".1049" = icmp eq i64 %"nr", 16
  %".1050" = and i1 %".1048", %".1049"
  br i1 %".1050", label %"tail.else.if", label %"tail.else.else"
tail.endif:
  ret void
tail.if.if:
  br i1 %"first", label %"tail.if.if.if", label %"tail.if.if.else"
tail.if.else:
  %".795" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".796" = shufflevector <8 x i64> %".795", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".797" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".796"
  %".798" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".796"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row5" i64 2, label %"row4" i64 3, label %"row3" i64 4, label %"row2" i64 5, label %"row1" i64 6, label %"row0"]
tail.if.endif:
  br label %"tail.endif"
tail.if.if.if:
  %".360" = mul i64 0, %"ldc"
  %".361" = add i64 %".360", 0
  %".362" = getelementptr inbounds float, ptr %"c", i64 %".361"
  %".363" = getelementptr float, ptr %"ebias", i64 0
  %".364" = load float, ptr %".363"
  %".365" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".364", i32 0
  %".366" = shufflevector <8 x float> %".365", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".367" = fadd <8 x float> %".342", %".366"
  %".368" = mul i64 0, %"eldr"
  %".369" = add i64 %".368", 0
  %".370" = getelementptr float, ptr %"eres", i64 %".369"
  %".371" = load <8 x float>, ptr %".370", align 4
  %".372" = fadd <8 x float> %".367", %".371"
  %".373" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".374" = shufflevector <8 x float> %".373", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".375" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".372", <8 x float> %".374")
  store <8 x float> %".375", ptr %".362", align 4
  %".377" = mul i64 0, %"ldc"
  %".378" = add i64 %".377", 8
  %".379" = getelementptr inbounds float, ptr %"c", i64 %".378"
  %".380" = getelementptr float, ptr %"ebias", i64 0
  %".381" = load float, ptr %".380"
  %".382" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".381", i32 0
  %".383" = shufflevector <8 x float> %".382", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".384" = fadd <8 x float> %".343", %".383"
  %".385" = mul i64 0, %"eldr"
  %".386" = add i64 %".385", 8
  %".387" = getelementptr float, ptr %"eres", i64 %".386"
  %".388" = load <8 x float>, ptr %".387", align 4
  %".389" = fadd <8 x float> %".384", %".388"
  %".390" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".391" = shufflevector <8 x float> %".390", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".392" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".389", <8 x float> %".391")
  store <8 x float> %".392", ptr %".379", align 4
  %".394" = mul i64 1, %"ldc"
  %".395" = add i64 %".394", 0
  %".396" = getelementptr inbounds float, ptr %"c", i64 %".395"
  %".397" = getelementptr float, ptr %"ebias", i64 1
  %".398" = load float, ptr %".397"
  %".399" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".398", i32 0
  %".400" = shufflevector <8 x float> %".399", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".401" = fadd <8 x float> %".344", %".400"
  %".402" = mul i64 1, %"eldr"
  %".403" = add i64 %".402", 0
  %".404" = getelementptr float, ptr %"eres", i64 %".403"
  %".405" = load <8 x float>, ptr %".404", align 4
  %".406" = fadd <8 x float> %".401", %".405"
  %".407" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".408" = shufflevector <8 x float> %".407", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".409" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".406", <8 x float> %".408")
  store <8 x float> %".409", ptr %".396", align 4
  %".411" = mul i64 1, %"ldc"
  %".412" = add i64 %".411", 8
  %".413" = getelementptr inbounds float, ptr %"c", i64 %".412"
  %".414" = getelementptr float, ptr %"ebias", i64 1
  %".415" = load float, ptr %".414"
  %".416" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".415", i32 0
  %".417" = shufflevector <8 x float> %".416", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".418" = fadd <8 x float> %".345", %".417"
  %".419" = mul i64 1, %"eldr"
  %".420" = add i64 %".419", 8
  %".421" = getelementptr float, ptr %"eres", i64 %".420"
  %".422" = load <8 x float>, ptr %".421", align 4
  %".423" = fadd <8 x float> %".418", %".422"
  %".424" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".425" = shufflevector <8 x float> %".424", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".426" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".423", <8 x float> %".425")
  store <8 x float> %".426", ptr %".413", align 4
  %".428" = mul i64 2, %"ldc"
  %".429" = add i64 %".428", 0
  %".430" = getelementptr inbounds float, ptr %"c", i64 %".429"
  %".431" = getelementptr float, ptr %"ebias", i64 2
  %".432" = load float, ptr %".431"
  %".433" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".432", i32 0
  %".434" = shufflevector <8 x float> %".433", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".435" = fadd <8 x float> %".346", %".434"
  %".436" = mul i64 2, %"eldr"
  %".437" = add i64 %".436", 0
  %".438" = getelementptr float, ptr %"eres", i64 %".437"
  %".439" = load <8 x float>, ptr %".438", align 4
  %".440" = fadd <8 x float> %".435", %".439"
  %".441" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".442" = shufflevector <8 x float> %".441", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".443" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".440", <8 x float> %".442")
  store <8 x float> %".443", ptr %".430", align 4
  %".445" = mul i64 2, %"ldc"
  %".446" = add i64 %".445", 8
  %".447" = getelementptr inbounds float, ptr %"c", i64 %".446"
  %".448" = getelementptr float, ptr %"ebias", i64 2
  %".449" = load float, ptr %".448"
  %".450" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".449", i32 0
  %".451" = shufflevector <8 x float> %".450", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".452" = fadd <8 x float> %".347", %".451"
  %".453" = mul i64 2, %"eldr"
  %".454" = add i64 %".453", 8
  %".455" = getelementptr float, ptr %"eres", i64 %".454"
  %".456" = load <8 x float>, ptr %".455", align 4
  %".457" = fadd <8 x float> %".452", %".456"
  %".458" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".459" = shufflevector <8 x float> %".458", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".460" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".457", <8 x float> %".459")
  store <8 x float> %".460", ptr %".447", align 4
  %".462" = mul i64 3, %"ldc"
  %".463" = add i64 %".462", 0
  %".464" = getelementptr inbounds float, ptr %"c", i64 %".463"
  %".465" = getelementptr float, ptr %"ebias", i64 3
  %".466" = load float, ptr %".465"
  %".467" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".466", i32 0
  %".468" = shufflevector <8 x float> %".467", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".469" = fadd <8 x float> %".348", %".468"
  %".470" = mul i64 3, %"eldr"
  %".471" = add i64 %".470", 0
  %".472" = getelementptr float, ptr %"eres", i64 %".471"
  %".473" = load <8 x float>, ptr %".472", align 4
  %".474" = fadd <8 x float> %".469", %".473"
  %".475" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".476" = shufflevector <8 x float> %".475", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".477" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".474", <8 x float> %".476")
  store <8 x float> %".477", ptr %".464", align 4
  %".479" = mul i64 3, %"ldc"
  %".480" = add i64 %".479", 8
  %".481" = getelementptr inbounds float, ptr %"c", i64 %".480"
  %".482" = getelementptr float, ptr %"ebias", i64 3
  %".483" = load float, ptr %".482"
  %".484" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".483", i32 0
  %".485" = shufflevector <8 x float> %".484", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".486" = fadd <8 x float> %".349", %".485"
  %".487" = mul i64 3, %"eldr"
  %".488" = add i64 %".487", 8
  %".489" = getelementptr float, ptr %"eres", i64 %".488"
  %".490" = load <8 x float>, ptr %".489", align 4
  %".491" = fadd <8 x float> %".486", %".490"
  %".492" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".493" = shufflevector <8 x float> %".492", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".494" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".491", <8 x float> %".493")
  store <8 x float> %".494", ptr %".481", align 4
  %".496" = mul i64 4, %"ldc"
  %".497" = add i64 %".496", 0
  %".498" = getelementptr inbounds float, ptr %"c", i64 %".497"
  %".499" = getelementptr float, ptr %"ebias", i64 4
  %".500" = load float, ptr %".499"
  %".501" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".500", i32 0
  %".502" = shufflevector <8 x float> %".501", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".503" = fadd <8 x float> %".350", %".502"
  %".504" = mul i64 4, %"eldr"
  %".505" = add i64 %".504", 0
  %".506" = getelementptr float, ptr %"eres", i64 %".505"
  %".507" = load <8 x float>, ptr %".506", align 4
  %".508" = fadd <8 x float> %".503", %".507"
  %".509" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".510" = shufflevector <8 x float> %".509", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".511" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".508", <8 x float> %".510")
  store <8 x float> %".511", ptr %".498", align 4
  %".513" = mul i64 4, %"ldc"
  %".514" = add i64 %".513", 8
  %".515" = getelementptr inbounds float, ptr %"c", i64 %".514"
  %".516" = getelementptr float, ptr %"ebias", i64 4
  %".517" = load float, ptr %".516"
  %".518" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".517", i32 0
  %".519" = shufflevector <8 x float> %".518", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".520" = fadd <8 x float> %".351", %".519"
  %".521" = mul i64 4, %"eldr"
  %".522" = add i64 %".521", 8
  %".523" = getelementptr float, ptr %"eres", i64 %".522"
  %".524" = load <8 x float>, ptr %".523", align 4
  %".525" = fadd <8 x float> %".520", %".524"
  %".526" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".527" = shufflevector <8 x float> %".526", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".528" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".525", <8 x float> %".527")
  store <8 x float> %".528", ptr %".515", align 4
  %".530" = mul i64 5, %"ldc"
  %".531" = add i64 %".530", 0
  %".532" = getelementptr inbounds float, ptr %"c", i64 %".531"
  %".533" = getelementptr float, ptr %"ebias", i64 5
  %".534" = load float, ptr %".533"
  %".535" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".534", i32 0
  %".536" = shufflevector <8 x float> %".535", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".537" = fadd <8 x float> %".352", %".536"
  %".538" = mul i64 5, %"eldr"
  %".539" = add i64 %".538", 0
  %".540" = getelementptr float, ptr %"eres", i64 %".539"
  %".541" = load <8 x float>, ptr %".540", align 4
  %".542" = fadd <8 x float> %".537", %".541"
  %".543" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".544" = shufflevector <8 x float> %".543", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".545" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".542", <8 x float> %".544")
  store <8 x float> %".545", ptr %".532", align 4
  %".547" = mul i64 5, %"ldc"
  %".548" = add i64 %".547", 8
  %".549" = getelementptr inbounds float, ptr %"c", i64 %".548"
  %".550" = getelementptr float, ptr %"ebias", i64 5
  %".551" = load float, ptr %".550"
  %".552" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".551", i32 0
  %".553" = shufflevector <8 x float> %".552", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".554" = fadd <8 x float> %".353", %".553"
  %".555" = mul i64 5, %"eldr"
  %".556" = add i64 %".555", 8
  %".557" = getelementptr float, ptr %"eres", i64 %".556"
  %".558" = load <8 x float>, ptr %".557", align 4
  %".559" = fadd <8 x float> %".554", %".558"
  %".560" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".561" = shufflevector <8 x float> %".560", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".562" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".559", <8 x float> %".561")
  store <8 x float> %".562", ptr %".549", align 4
  br label %"tail.if.if.endif"
tail.if.if.else:
  %".565" = mul i64 0, %"ldc"
  %".566" = add i64 %".565", 0
  %".567" = getelementptr inbounds float, ptr %"c", i64 %".566"
  %".568" = load <8 x float>, ptr %".567", align 4
  %".569" = fadd reassoc contract nsz <8 x float> %".568", %".342"
  %".570" = getelementptr float, ptr %"ebias", i64 0
  %".571" = load float, ptr %".570"
  %".572" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".571", i32 0
  %".573" = shufflevector <8 x float> %".572", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".574" = fadd <8 x float> %".569", %".573"
  %".575" = mul i64 0, %"eldr"
  %".576" = add i64 %".575", 0
  %".577" = getelementptr float, ptr %"eres", i64 %".576"
  %".578" = load <8 x float>, ptr %".577", align 4
  %".579" = fadd <8 x float> %".574", %".578"
  %".580" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".581" = shufflevector <8 x float> %".580", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".582" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".579", <8 x float> %".581")
  store <8 x float> %".582", ptr %".567", align 4
  %".584" = mul i64 0, %"ldc"
  %".585" = add i64 %".584", 8
  %".586" = getelementptr inbounds float, ptr %"c", i64 %".585"
  %".587" = load <8 x float>, ptr %".586", align 4
  %".588" = fadd reassoc contract nsz <8 x float> %".587", %".343"
  %".589" = getelementptr float, ptr %"ebias", i64 0
  %".590" = load float, ptr %".589"
  %".591" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".590", i32 0
  %".592" = shufflevector <8 x float> %".591", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".593" = fadd <8 x float> %".588", %".592"
  %".594" = mul i64 0, %"eldr"
  %".595" = add i64 %".594", 8
  %".596" = getelementptr float, ptr %"eres", i64 %".595"
  %".597" = load <8 x float>, ptr %".596", align 4
  %".598" = fadd <8 x float> %".593", %".597"
  %".599" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".600" = shufflevector <8 x float> %".599", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".601" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".598", <8 x float> %".600")
  store <8 x float> %".601", ptr %".586", align 4
  %".603" = mul i64 1, %"ldc"
  %".604" = add i64 %".603", 0
  %".605" = getelementptr inbounds float, ptr %"c", i64 %".604"
  %".606" = load <8 x float>, ptr %".605", align 4
  %".607" = fadd reassoc contract nsz <8 x float> %".606", %".344"
  %".608" = getelementptr float, ptr %"ebias", i64 1
  %".609" = load float, ptr %".608"
  %".610" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".609", i32 0
  %".611" = shufflevector <8 x float> %".610", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".612" = fadd <8 x float> %".607", %".611"
  %".613" = mul i64 1, %"eldr"
  %".614" = add i64 %".613", 0
  %".615" = getelementptr float, ptr %"eres", i64 %".614"
  %".616" = load <8 x float>, ptr %".615", align 4
  %".617" = fadd <8 x float> %".612", %".616"
  %".618" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".619" = shufflevector <8 x float> %".618", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".620" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".617", <8 x float> %".619")
  store <8 x float> %".620", ptr %".605", align 4
  %".622" = mul i64 1, %"ldc"
  %".623" = add i64 %".622", 8
  %".624" = getelementptr inbounds float, ptr %"c", i64 %".623"
  %".625" = load <8 x float>, ptr %".624", align 4
  %".626" = fadd reassoc contract nsz <8 x float> %".625", %".345"
  %".627" = getelementptr float, ptr %"ebias", i64 1
  %".628" = load float, ptr %".627"
  %".629" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".628", i32 0
  %".630" = shufflevector <8 x float> %".629", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".631" = fadd <8 x float> %".626", %".630"
  %".632" = mul i64 1, %"eldr"
  %".633" = add i64 %".632", 8
  %".634" = getelementptr float, ptr %"eres", i64 %".633"
  %".635" = load <8 x float>, ptr %".634", align 4
  %".636" = fadd <8 x float> %".631", %".635"
  %".637" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".638" = shufflevector <8 x float> %".637", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".639" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".636", <8 x float> %".638")
  store <8 x float> %".639", ptr %".624", align 4
  %".641" = mul i64 2, %"ldc"
  %".642" = add i64 %".641", 0
  %".643" = getelementptr inbounds float, ptr %"c", i64 %".642"
  %".644" = load <8 x float>, ptr %".643", align 4
  %".645" = fadd reassoc contract nsz <8 x float> %".644", %".346"
  %".646" = getelementptr float, ptr %"ebias", i64 2
  %".647" = load float, ptr %".646"
  %".648" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".647", i32 0
  %".649" = shufflevector <8 x float> %".648", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".650" = fadd <8 x float> %".645", %".649"
  %".651" = mul i64 2, %"eldr"
  %".652" = add i64 %".651", 0
  %".653" = getelementptr float, ptr %"eres", i64 %".652"
  %".654" = load <8 x float>, ptr %".653", align 4
  %".655" = fadd <8 x float> %".650", %".654"
  %".656" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".657" = shufflevector <8 x float> %".656", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".658" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".655", <8 x float> %".657")
  store <8 x float> %".658", ptr %".643", align 4
  %".660" = mul i64 2, %"ldc"
  %".661" = add i64 %".660", 8
  %".662" = getelementptr inbounds float, ptr %"c", i64 %".661"
  %".663" = load <8 x float>, ptr %".662", align 4
  %".664" = fadd reassoc contract nsz <8 x float> %".663", %".347"
  %".665" = getelementptr float, ptr %"ebias", i64 2
  %".666" = load float, ptr %".665"
  %".667" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".666", i32 0
  %".668" = shufflevector <8 x float> %".667", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".669" = fadd <8 x float> %".664", %".668"
  %".670" = mul i64 2, %"eldr"
  %".671" = add i64 %".670", 8
  %".672" = getelementptr float, ptr %"eres", i64 %".671"
  %".673" = load <8 x float>, ptr %".672", align 4
  %".674" = fadd <8 x float> %".669", %".673"
  %".675" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".676" = shufflevector <8 x float> %".675", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".677" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".674", <8 x float> %".676")
  store <8 x float> %".677", ptr %".662", align 4
  %".679" = mul i64 3, %"ldc"
  %".680" = add i64 %".679", 0
  %".681" = getelementptr inbounds float, ptr %"c", i64 %".680"
  %".682" = load <8 x float>, ptr %".681", align 4
  %".683" = fadd reassoc contract nsz <8 x float> %".682", %".348"
  %".684" = getelementptr float, ptr %"ebias", i64 3
  %".685" = load float, ptr %".684"
  %".686" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".685", i32 0
  %".687" = shufflevector <8 x float> %".686", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".688" = fadd <8 x float> %".683", %".687"
  %".689" = mul i64 3, %"eldr"
  %".690" = add i64 %".689", 0
  %".691" = getelementptr float, ptr %"eres", i64 %".690"
  %".692" = load <8 x float>, ptr %".691", align 4
  %".693" = fadd <8 x float> %".688", %".692"
  %".694" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".695" = shufflevector <8 x float> %".694", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".696" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".693", <8 x float> %".695")
  store <8 x float> %".696", ptr %".681", align 4
  %".698" = mul i64 3, %"ldc"
  %".699" = add i64 %".698", 8
  %".700" = getelementptr inbounds float, ptr %"c", i64 %".699"
  %".701" = load <8 x float>, ptr %".700", align 4
  %".702" = fadd reassoc contract nsz <8 x float> %".701", %".349"
  %".703" = getelementptr float, ptr %"ebias", i64 3
  %".704" = load float, ptr %".703"
  %".705" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".704", i32 0
  %".706" = shufflevector <8 x float> %".705", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".707" = fadd <8 x float> %".702", %".706"
  %".708" = mul i64 3, %"eldr"
  %".709" = add i64 %".708", 8
  %".710" = getelementptr float, ptr %"eres", i64 %".709"
  %".711" = load <8 x float>, ptr %".710", align 4
  %".712" = fadd <8 x float> %".707", %".711"
  %".713" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".714" = shufflevector <8 x float> %".713", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".715" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".712", <8 x float> %".714")
  store <8 x float> %".715", ptr %".700", align 4
  %".717" = mul i64 4, %"ldc"
  %".718" = add i64 %".717", 0
  %".719" = getelementptr inbounds float, ptr %"c", i64 %".718"
  %".720" = load <8 x float>, ptr %".719", align 4
  %".721" = fadd reassoc contract nsz <8 x float> %".720", %".350"
  %".722" = getelementptr float, ptr %"ebias", i64 4
  %".723" = load float, ptr %".722"
  %".724" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".723", i32 0
  %".725" = shufflevector <8 x float> %".724", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".726" = fadd <8 x float> %".721", %".725"
  %".727" = mul i64 4, %"eldr"
  %".728" = add i64 %".727", 0
  %".729" = getelementptr float, ptr %"eres", i64 %".728"
  %".730" = load <8 x float>, ptr %".729", align 4
  %".731" = fadd <8 x float> %".726", %".730"
  %".732" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".733" = shufflevector <8 x float> %".732", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".734" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".731", <8 x float> %".733")
  store <8 x float> %".734", ptr %".719", align 4
  %".736" = mul i64 4, %"ldc"
  %".737" = add i64 %".736", 8
  %".738" = getelementptr inbounds float, ptr %"c", i64 %".737"
  %".739" = load <8 x float>, ptr %".738", align 4
  %".740" = fadd reassoc contract nsz <8 x float> %".739", %".351"
  %".741" = getelementptr float, ptr %"ebias", i64 4
  %".742" = load float, ptr %".741"
  %".743" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".742", i32 0
  %".744" = shufflevector <8 x float> %".743", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".745" = fadd <8 x float> %".740", %".744"
  %".746" = mul i64 4, %"eldr"
  %".747" = add i64 %".746", 8
  %".748" = getelementptr float, ptr %"eres", i64 %".747"
  %".749" = load <8 x float>, ptr %".748", align 4
  %".750" = fadd <8 x float> %".745", %".749"
  %".751" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".752" = shufflevector <8 x float> %".751", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".753" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".750", <8 x float> %".752")
  store <8 x float> %".753", ptr %".738", align 4
  %".755" = mul i64 5, %"ldc"
  %".756" = add i64 %".755", 0
  %".757" = getelementptr inbounds float, ptr %"c", i64 %".756"
  %".758" = load <8 x float>, ptr %".757", align 4
  %".759" = fadd reassoc contract nsz <8 x float> %".758", %".352"
  %".760" = getelementptr float, ptr %"ebias", i64 5
  %".761" = load float, ptr %".760"
  %".762" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".761", i32 0
  %".763" = shufflevector <8 x float> %".762", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".764" = fadd <8 x float> %".759", %".763"
  %".765" = mul i64 5, %"eldr"
  %".766" = add i64 %".765", 0
  %".767" = getelementptr float, ptr %"eres", i64 %".766"
  %".768" = load <8 x float>, ptr %".767", align 4
  %".769" = fadd <8 x float> %".764", %".768"
  %".770" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".771" = shufflevector <8 x float> %".770", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".772" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".769", <8 x float> %".771")
  store <8 x float> %".772", ptr %".757", align 4
  %".774" = mul i64 5, %"ldc"
  %".775" = add i64 %".774", 8
  %".776" = getelementptr inbounds float, ptr %"c", i64 %".775"
  %".777" = load <8 x float>, ptr %".776", align 4
  %".778" = fadd reassoc contract nsz <8 x float> %".777", %".353"
  %".779" = getelementptr float, ptr %"ebias", i64 5
  %".780" = load float, ptr %".779"
  %".781" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".780", i32 0
  %".782" = shufflevector <8 x float> %".781", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".783" = fadd <8 x float> %".778", %".782"
  %".784" = mul i64 5, %"eldr"
  %".785" = add i64 %".784", 8
  %".786" = getelementptr float, ptr %"eres", i64 %".785"
  %".787" = load <8 x float>, ptr %".786", align 4
  %".788" = fadd <8 x float> %".783", %".787"
  %".789" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".790" = shufflevector <8 x float> %".789", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".791" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".788", <8 x float> %".790")
  store <8 x float> %".791", ptr %".776", align 4
  br label %"tail.if.if.endif"
tail.if.if.endif:
  br label %"tail.if.endif"
rows.done:
  br label %"tail.if.endif"
row0:
  %".800" = mul i64 5, %"ldc"
  %".801" = add i64 %".800", 0
  %".802" = getelementptr inbounds float, ptr %"c", i64 %".801"
  %".803" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".802", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".804" = fadd reassoc contract nsz <8 x float> %".803", %".352"
  %".805" = select  i1 %"first", <8 x float> %".352", <8 x float> %".804"
  %".806" = getelementptr float, ptr %"ebias", i64 5
  %".807" = load float, ptr %".806"
  %".808" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".807", i32 0
  %".809" = shufflevector <8 x float> %".808", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".810" = fadd <8 x float> %".805", %".809"
  %".811" = mul i64 5, %"eldr"
  %".812" = add i64 %".811", 0
  %".813" = getelementptr float, ptr %"eres", i64 %".812"
  %".814" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".813", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".815" = fadd <8 x float> %".810", %".814"
  %".816" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".817" = shufflevector <8 x float> %".816", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".818" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".815", <8 x float> %".817")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".818", ptr %".802", i32 4, <8 x i1> %".797")
  %".820" = mul i64 5, %"ldc"
  %".821" = add i64 %".820", 8
  %".822" = getelementptr inbounds float, ptr %"c", i64 %".821"
  %".823" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".822", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".824" = fadd reassoc contract nsz <8 x float> %".823", %".353"
  %".825" = select  i1 %"first", <8 x float> %".353", <8 x float> %".824"
  %".826" = getelementptr float, ptr %"ebias", i64 5
  %".827" = load float, ptr %".826"
  %".828" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".827", i32 0
  %".829" = shufflevector <8 x float> %".828", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".830" = fadd <8 x float> %".825", %".829"
  %".831" = mul i64 5, %"eldr"
  %".832" = add i64 %".831", 8
  %".833" = getelementptr float, ptr %"eres", i64 %".832"
  %".834" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".833", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".835" = fadd <8 x float> %".830", %".834"
  %".836" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".837" = shufflevector <8 x float> %".836", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".838" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".835", <8 x float> %".837")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".838", ptr %".822", i32 4, <8 x i1> %".798")
  br label %"row1"
row1:
  %".841" = mul i64 4, %"ldc"
  %".842" = add i64 %".841", 0
  %".843" = getelementptr inbounds float, ptr %"c", i64 %".842"
  %".844" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".843", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".845" = fadd reassoc contract nsz <8 x float> %".844", %".350"
  %".846" = select  i1 %"first", <8 x float> %".350", <8 x float> %".845"
  %".847" = getelementptr float, ptr %"ebias", i64 4
  %".848" = load float, ptr %".847"
  %".849" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".848", i32 0
  %".850" = shufflevector <8 x float> %".849", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".851" = fadd <8 x float> %".846", %".850"
  %".852" = mul i64 4, %"eldr"
  %".853" = add i64 %".852", 0
  %".854" = getelementptr float, ptr %"eres", i64 %".853"
  %".855" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".854", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".856" = fadd <8 x float> %".851", %".855"
  %".857" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".858" = shufflevector <8 x float> %".857", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".859" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".856", <8 x float> %".858")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".859", ptr %".843", i32 4, <8 x i1> %".797")
  %".861" = mul i64 4, %"ldc"
  %".862" = add i64 %".861", 8
  %".863" = getelementptr inbounds float, ptr %"c", i64 %".862"
  %".864" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".863", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".865" = fadd reassoc contract nsz <8 x float> %".864", %".351"
  %".866" = select  i1 %"first", <8 x float> %".351", <8 x float> %".865"
  %".867" = getelementptr float, ptr %"ebias", i64 4
  %".868" = load float, ptr %".867"
  %".869" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".868", i32 0
  %".870" = shufflevector <8 x float> %".869", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".871" = fadd <8 x float> %".866", %".870"
  %".872" = mul i64 4, %"eldr"
  %".873" = add i64 %".872", 8
  %".874" = getelementptr float, ptr %"eres", i64 %".873"
  %".875" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".874", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".876" = fadd <8 x float> %".871", %".875"
  %".877" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".878" = shufflevector <8 x float> %".877", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".879" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".876", <8 x float> %".878")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".879", ptr %".863", i32 4, <8 x i1> %".798")
  br label %"row2"
row2:
  %".882" = mul i64 3, %"ldc"
  %".883" = add i64 %".882", 0
  %".884" = getelementptr inbounds float, ptr %"c", i64 %".883"
  %".885" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".884", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".886" = fadd reassoc contract nsz <8 x float> %".885", %".348"
  %".887" = select  i1 %"first", <8 x float> %".348", <8 x float> %".886"
  %".888" = getelementptr float, ptr %"ebias", i64 3
  %".889" = load float, ptr %".888"
  %".890" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".889", i32 0
  %".891" = shufflevector <8 x float> %".890", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".892" = fadd <8 x float> %".887", %".891"
  %".893" = mul i64 3, %"eldr"
  %".894" = add i64 %".893", 0
  %".895" = getelementptr float, ptr %"eres", i64 %".894"
  %".896" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".895", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".897" = fadd <8 x float> %".892", %".896"
  %".898" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".899" = shufflevector <8 x float> %".898", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".900" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".897", <8 x float> %".899")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".900", ptr %".884", i32 4, <8 x i1> %".797")
  %".902" = mul i64 3, %"ldc"
  %".903" = add i64 %".902", 8
  %".904" = getelementptr inbounds float, ptr %"c", i64 %".903"
  %".905" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".904", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".906" = fadd reassoc contract nsz <8 x float> %".905", %".349"
  %".907" = select  i1 %"first", <8 x float> %".349", <8 x float> %".906"
  %".908" = getelementptr float, ptr %"ebias", i64 3
  %".909" = load float, ptr %".908"
  %".910" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".909", i32 0
  %".911" = shufflevector <8 x float> %".910", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".912" = fadd <8 x float> %".907", %".911"
  %".913" = mul i64 3, %"eldr"
  %".914" = add i64 %".913", 8
  %".915" = getelementptr float, ptr %"eres", i64 %".914"
  %".916" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".915", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".917" = fadd <8 x float> %".912", %".916"
  %".918" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".919" = shufflevector <8 x float> %".918", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".920" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".917", <8 x float> %".919")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".920", ptr %".904", i32 4, <8 x i1> %".798")
  br label %"row3"
row3:
  %".923" = mul i64 2, %"ldc"
  %".924" = add i64 %".923", 0
  %".925" = getelementptr inbounds float, ptr %"c", i64 %".924"
  %".926" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".925", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".927" = fadd reassoc contract nsz <8 x float> %".926", %".346"
  %".928" = select  i1 %"first", <8 x float> %".346", <8 x float> %".927"
  %".929" = getelementptr float, ptr %"ebias", i64 2
  %".930" = load float, ptr %".929"
  %".931" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".930", i32 0
  %".932" = shufflevector <8 x float> %".931", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".933" = fadd <8 x float> %".928", %".932"
  %".934" = mul i64 2, %"eldr"
  %".935" = add i64 %".934", 0
  %".936" = getelementptr float, ptr %"eres", i64 %".935"
  %".937" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".936", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".938" = fadd <8 x float> %".933", %".937"
  %".939" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".940" = shufflevector <8 x float> %".939", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".941" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".938", <8 x float> %".940")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".941", ptr %".925", i32 4, <8 x i1> %".797")
  %".943" = mul i64 2, %"ldc"
  %".944" = add i64 %".943", 8
  %".945" = getelementptr inbounds float, ptr %"c", i64 %".944"
  %".946" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".945", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".947" = fadd reassoc contract nsz <8 x float> %".946", %".347"
  %".948" = select  i1 %"first", <8 x float> %".347", <8 x float> %".947"
  %".949" = getelementptr float, ptr %"ebias", i64 2
  %".950" = load float, ptr %".949"
  %".951" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".950", i32 0
  %".952" = shufflevector <8 x float> %".951", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".953" = fadd <8 x float> %".948", %".952"
  %".954" = mul i64 2, %"eldr"
  %".955" = add i64 %".954", 8
  %".956" = getelementptr float, ptr %"eres", i64 %".955"
  %".957" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".956", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".958" = fadd <8 x float> %".953", %".957"
  %".959" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".960" = shufflevector <8 x float> %".959", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".961" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".958", <8 x float> %".960")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".961", ptr %".945", i32 4, <8 x i1> %".798")
  br label %"row4"
row4:
  %".964" = mul i64 1, %"ldc"
  %".965" = add i64 %".964", 0
  %".966" = getelementptr inbounds float, ptr %"c", i64 %".965"
  %".967" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".966", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".968" = fadd reassoc contract nsz <8 x float> %".967", %".344"
  %".969" = select  i1 %"first", <8 x float> %".344", <8 x float> %".968"
  %".970" = getelementptr float, ptr %"ebias", i64 1
  %".971" = load float, ptr %".970"
  %".972" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".971", i32 0
  %".973" = shufflevector <8 x float> %".972", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".974" = fadd <8 x float> %".969", %".973"
  %".975" = mul i64 1, %"eldr"
  %".976" = add i64 %".975", 0
  %".977" = getelementptr float, ptr %"eres", i64 %".976"
  %".978" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".977", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".979" = fadd <8 x float> %".974", %".978"
  %".980" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".981" = shufflevector <8 x float> %".980", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".982" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".979", <8 x float> %".981")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".982", ptr %".966", i32 4, <8 x i1> %".797")
  %".984" = mul i64 1, %"ldc"
  %".985" = add i64 %".984", 8
  %".986" = getelementptr inbounds float, ptr %"c", i64 %".985"
  %".987" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".986", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".988" = fadd reassoc contract nsz <8 x float> %".987", %".345"
  %".989" = select  i1 %"first", <8 x float> %".345", <8 x float> %".988"
  %".990" = getelementptr float, ptr %"ebias", i64 1
  %".991" = load float, ptr %".990"
  %".992" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".991", i32 0
  %".993" = shufflevector <8 x float> %".992", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".994" = fadd <8 x float> %".989", %".993"
  %".995" = mul i64 1, %"eldr"
  %".996" = add i64 %".995", 8
  %".997" = getelementptr float, ptr %"eres", i64 %".996"
  %".998" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".997", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".999" = fadd <8 x float> %".994", %".998"
  %".1000" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".1001" = shufflevector <8 x float> %".1000", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1002" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".999", <8 x float> %".1001")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1002", ptr %".986", i32 4, <8 x i1> %".798")
  br label %"row5"
row5:
  %".1005" = mul i64 0, %"ldc"
  %".1006" = add i64 %".1005", 0
  %".1007" = getelementptr inbounds float, ptr %"c", i64 %".1006"
  %".1008" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1007", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1009" = fadd reassoc contract nsz <8 x float> %".1008", %".342"
  %".1010" = select  i1 %"first", <8 x float> %".342", <8 x float> %".1009"
  %".1011" = getelementptr float, ptr %"ebias", i64 0
  %".1012" = load float, ptr %".1011"
  %".1013" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1012", i32 0
  %".1014" = shufflevector <8 x float> %".1013", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1015" = fadd <8 x float> %".1010", %".1014"
  %".1016" = mul i64 0, %"eldr"
  %".1017" = add i64 %".1016", 0
  %".1018" = getelementptr float, ptr %"eres", i64 %".1017"
  %".1019" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1018", i32 4, <8 x i1> %".797", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1020" = fadd <8 x float> %".1015", %".1019"
  %".1021" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".1022" = shufflevector <8 x float> %".1021", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1023" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".1020", <8 x float> %".1022")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1023", ptr %".1007", i32 4, <8 x i1> %".797")
  %".1025" = mul i64 0, %"ldc"
  %".1026" = add i64 %".1025", 8
  %".1027" = getelementptr inbounds float, ptr %"c", i64 %".1026"
  %".1028" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1027", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1029" = fadd reassoc contract nsz <8 x float> %".1028", %".343"
  %".1030" = select  i1 %"first", <8 x float> %".343", <8 x float> %".1029"
  %".1031" = getelementptr float, ptr %"ebias", i64 0
  %".1032" = load float, ptr %".1031"
  %".1033" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1032", i32 0
  %".1034" = shufflevector <8 x float> %".1033", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1035" = fadd <8 x float> %".1030", %".1034"
  %".1036" = mul i64 0, %"eldr"
  %".1037" = add i64 %".1036", 8
  %".1038" = getelementptr float, ptr %"eres", i64 %".1037"
  %".1039" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1038", i32 4, <8 x i1> %".798", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1040" = fadd <8 x float> %".1035", %".1039"
  %".1041" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".1042" = shufflevector <8 x float> %".1041", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1043" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".1040", <8 x float> %".1042")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1043", ptr %".1027", i32 4, <8 x i1> %".798")
  br label %"rows.done"
tail.else.if:
  br i1 %"first", label %"tail.else.if.if", label %"tail.else.if.else"
tail.else.else:
  %".1176" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".1177" = shufflevector <8 x i64> %".1176", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1178" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".1177"
  %".1179" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".1177"
  switch i64 %"mr", label %"rows.done.1" [i64 1, label %"row5.1" i64 2, label %"row4.1" i64 3, label %"row3.1" i64 4, label %"row2.1" i64 5, label %"row1.1" i64 6, label %"row0.1"]
tail.else.endif:
  br label %"tail.endif"
tail.else.if.if:
  %".1053" = mul i64 0, %"ldc"
  %".1054" = add i64 %".1053", 0
  %".1055" = getelementptr inbounds float, ptr %"c", i64 %".1054"
  store <8 x float> %".342", ptr %".1055", align 4
  %".1057" = mul i64 0, %"ldc"
  %".1058" = add i64 %".1057", 8
  %".1059" = getelementptr inbounds float, ptr %"c", i64 %".1058"
  store <8 x float> %".343", ptr %".1059", align 4
  %".1061" = mul i64 1, %"ldc"
  %".1062" = add i64 %".1061", 0
  %".1063" = getelementptr inbounds float, ptr %"c", i64 %".1062"
  store <8 x float> %".344", ptr %".1063", align 4
  %".1065" = mul i64 1, %"ldc"
  %".1066" = add i64 %".1065", 8
  %".1067" = getelementptr inbounds float, ptr %"c", i64 %".1066"
  store <8 x float> %".345", ptr %".1067", align 4
  %".1069" = mul i64 2, %"ldc"
  %".1070" = add i64 %".1069", 0
  %".1071" = getelementptr inbounds float, ptr %"c", i64 %".1070"
  store <8 x float> %".346", ptr %".1071", align 4
  %".1073" = mul i64 2, %"ldc"
  %".1074" = add i64 %".1073", 8
  %".1075" = getelementptr inbounds float, ptr %"c", i64 %".1074"
  store <8 x float> %".347", ptr %".1075", align 4
  %".1077" = mul i64 3, %"ldc"
  %".1078" = add i64 %".1077", 0
  %".1079" = getelementptr inbounds float, ptr %"c", i64 %".1078"
  store <8 x float> %".348", ptr %".1079", align 4
  %".1081" = mul i64 3, %"ldc"
  %".1082" = add i64 %".1081", 8
  %".1083" = getelementptr inbounds float, ptr %"c", i64 %".1082"
  store <8 x float> %".349", ptr %".1083", align 4
  %".1085" = mul i64 4, %"ldc"
  %".1086" = add i64 %".1085", 0
  %".1087" = getelementptr inbounds float, ptr %"c", i64 %".1086"
  store <8 x float> %".350", ptr %".1087", align 4
  %".1089" = mul i64 4, %"ldc"
  %".1090" = add i64 %".1089", 8
  %".1091" = getelementptr inbounds float, ptr %"c", i64 %".1090"
  store <8 x float> %".351", ptr %".1091", align 4
  %".1093" = mul i64 5, %"ldc"
  %".1094" = add i64 %".1093", 0
  %".1095" = getelementptr inbounds float, ptr %"c", i64 %".1094"
  store <8 x float> %".352", ptr %".1095", align 4
  %".1097" = mul i64 5, %"ldc"
  %".1098" = add i64 %".1097", 8
  %".1099" = getelementptr inbounds float, ptr %"c", i64 %".1098"
  store <8 x float> %".353", ptr %".1099", align 4
  br label %"tail.else.if.endif"
tail.else.if.else:
  %".1102" = mul i64 0, %"ldc"
  %".1103" = add i64 %".1102", 0
  %".1104" = getelementptr inbounds float, ptr %"c", i64 %".1103"
  %".1105" = load <8 x float>, ptr %".1104", align 4
  %".1106" = fadd reassoc contract nsz <8 x float> %".1105", %".342"
  store <8 x float> %".1106", ptr %".1104", align 4
  %".1108" = mul i64 0, %"ldc"
  %".1109" = add i64 %".1108", 8
  %".1110" = getelementptr inbounds float, ptr %"c", i64 %".1109"
  %".1111" = load <8 x float>, ptr %".1110", align 4
  %".1112" = fadd reassoc contract nsz <8 x float> %".1111", %".343"
  store <8 x float> %".1112", ptr %".1110", align 4
  %".1114" = mul i64 1, %"ldc"
  %".1115" = add i64 %".1114", 0
  %".1116" = getelementptr inbounds float, ptr %"c", i64 %".1115"
  %".1117" = load <8 x float>, ptr %".1116", align 4
  %".1118" = fadd reassoc contract nsz <8 x float> %".1117", %".344"
  store <8 x float> %".1118", ptr %".1116", align 4
  %".1120" = mul i64 1, %"ldc"
  %".1121" = add i64 %".1120", 8
  %".1122" = getelementptr inbounds float, ptr %"c", i64 %".1121"
  %".1123" = load <8 x float>, ptr %".1122", align 4
  %".1124" = fadd reassoc contract nsz <8 x float> %".1123", %".345"
  store <8 x float> %".1124", ptr %".1122", align 4
  %".1126" = mul i64 2, %"ldc"
  %".1127" = add i64 %".1126", 0
  %".1128" = getelementptr inbounds float, ptr %"c", i64 %".1127"
  %".1129" = load <8 x float>, ptr %".1128", align 4
  %".1130" = fadd reassoc contract nsz <8 x float> %".1129", %".346"
  store <8 x float> %".1130", ptr %".1128", align 4
  %".1132" = mul i64 2, %"ldc"
  %".1133" = add i64 %".1132", 8
  %".1134" = getelementptr inbounds float, ptr %"c", i64 %".1133"
  %".1135" = load <8 x float>, ptr %".1134", align 4
  %".1136" = fadd reassoc contract nsz <8 x float> %".1135", %".347"
  store <8 x float> %".1136", ptr %".1134", align 4
  %".1138" = mul i64 3, %"ldc"
  %".1139" = add i64 %".1138", 0
  %".1140" = getelementptr inbounds float, ptr %"c", i64 %".1139"
  %".1141" = load <8 x float>, ptr %".1140", align 4
  %".1142" = fadd reassoc contract nsz <8 x float> %".1141", %".348"
  store <8 x float> %".1142", ptr %".1140", align 4
  %".1144" = mul i64 3, %"ldc"
  %".1145" = add i64 %".1144", 8
  %".1146" = getelementptr inbounds float, ptr %"c", i64 %".1145"
  %".1147" = load <8 x float>, ptr %".1146", align 4
  %".1148" = fadd reassoc contract nsz <8 x float> %".1147", %".349"
  store <8 x float> %".1148", ptr %".1146", align 4
  %".1150" = mul i64 4, %"ldc"
  %".1151" = add i64 %".1150", 0
  %".1152" = getelementptr inbounds float, ptr %"c", i64 %".1151"
  %".1153" = load <8 x float>, ptr %".1152", align 4
  %".1154" = fadd reassoc contract nsz <8 x float> %".1153", %".350"
  store <8 x float> %".1154", ptr %".1152", align 4
  %".1156" = mul i64 4, %"ldc"
  %".1157" = add i64 %".1156", 8
  %".1158" = getelementptr inbounds float, ptr %"c", i64 %".1157"
  %".1159" = load <8 x float>, ptr %".1158", align 4
  %".1160" = fadd reassoc contract nsz <8 x float> %".1159", %".351"
  store <8 x float> %".1160", ptr %".1158", align 4
  %".1162" = mul i64 5, %"ldc"
  %".1163" = add i64 %".1162", 0
  %".1164" = getelementptr inbounds float, ptr %"c", i64 %".1163"
  %".1165" = load <8 x float>, ptr %".1164", align 4
  %".1166" = fadd reassoc contract nsz <8 x float> %".1165", %".352"
  store <8 x float> %".1166", ptr %".1164", align 4
  %".1168" = mul i64 5, %"ldc"
  %".1169" = add i64 %".1168", 8
  %".1170" = getelementptr inbounds float, ptr %"c", i64 %".1169"
  %".1171" = load <8 x float>, ptr %".1170", align 4
  %".1172" = fadd reassoc contract nsz <8 x float> %".1171", %".353"
  store <8 x float> %".1172", ptr %".1170", align 4
  br label %"tail.else.if.endif"
tail.else.if.endif:
  br label %"tail.else.endif"
rows.done.1:
  br label %"tail.else.endif"
row0.1:
  %".1181" = mul i64 5, %"ldc"
  %".1182" = add i64 %".1181", 0
  %".1183" = getelementptr inbounds float, ptr %"c", i64 %".1182"
  %".1184" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1183", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1185" = fadd reassoc contract nsz <8 x float> %".1184", %".352"
  %".1186" = select  i1 %"first", <8 x float> %".352", <8 x float> %".1185"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1186", ptr %".1183", i32 4, <8 x i1> %".1178")
  %".1188" = mul i64 5, %"ldc"
  %".1189" = add i64 %".1188", 8
  %".1190" = getelementptr inbounds float, ptr %"c", i64 %".1189"
  %".1191" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1190", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1192" = fadd reassoc contract nsz <8 x float> %".1191", %".353"
  %".1193" = select  i1 %"first", <8 x float> %".353", <8 x float> %".1192"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1193", ptr %".1190", i32 4, <8 x i1> %".1179")
  br label %"row1.1"
row1.1:
  %".1196" = mul i64 4, %"ldc"
  %".1197" = add i64 %".1196", 0
  %".1198" = getelementptr inbounds float, ptr %"c", i64 %".1197"
  %".1199" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1198", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1200" = fadd reassoc contract nsz <8 x float> %".1199", %".350"
  %".1201" = select  i1 %"first", <8 x float> %".350", <8 x float> %".1200"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1201", ptr %".1198", i32 4, <8 x i1> %".1178")
  %".1203" = mul i64 4, %"ldc"
  %".1204" = add i64 %".1203", 8
  %".1205" = getelementptr inbounds float, ptr %"c", i64 %".1204"
  %".1206" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1205", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1207" = fadd reassoc contract nsz <8 x float> %".1206", %".351"
  %".1208" = select  i1 %"first", <8 x float> %".351", <8 x float> %".1207"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1208", ptr %".1205", i32 4, <8 x i1> %".1179")
  br label %"row2.1"
row2.1:
  %".1211" = mul i64 3, %"ldc"
  %".1212" = add i64 %".1211", 0
  %".1213" = getelementptr inbounds float, ptr %"c", i64 %".1212"
  %".1214" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1213", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1215" = fadd reassoc contract nsz <8 x float> %".1214", %".348"
  %".1216" = select  i1 %"first", <8 x float> %".348", <8 x float> %".1215"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1216", ptr %".1213", i32 4, <8 x i1> %".1178")
  %".1218" = mul i64 3, %"ldc"
  %".1219" = add i64 %".1218", 8
  %".1220" = getelementptr inbounds float, ptr %"c", i64 %".1219"
  %".1221" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1220", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1222" = fadd reassoc contract nsz <8 x float> %".1221", %".349"
  %".1223" = select  i1 %"first", <8 x float> %".349", <8 x float> %".1222"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1223", ptr %".1220", i32 4, <8 x i1> %".1179")
  br label %"row3.1"
row3.1:
  %".1226" = mul i64 2, %"ldc"
  %".1227" = add i64 %".1226", 0
  %".1228" = getelementptr inbounds float, ptr %"c", i64 %".1227"
  %".1229" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1228", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1230" = fadd reassoc contract nsz <8 x float> %".1229", %".346"
  %".1231" = select  i1 %"first", <8 x float> %".346", <8 x float> %".1230"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1231", ptr %".1228", i32 4, <8 x i1> %".1178")
  %".1233" = mul i64 2, %"ldc"
  %".1234" = add i64 %".1233", 8
  %".1235" = getelementptr inbounds float, ptr %"c", i64 %".1234"
  %".1236" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1235", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1237" = fadd reassoc contract nsz <8 x float> %".1236", %".347"
  %".1238" = select  i1 %"first", <8 x float> %".347", <8 x float> %".1237"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1238", ptr %".1235", i32 4, <8 x i1> %".1179")
  br label %"row4.1"
row4.1:
  %".1241" = mul i64 1, %"ldc"
  %".1242" = add i64 %".1241", 0
  %".1243" = getelementptr inbounds float, ptr %"c", i64 %".1242"
  %".1244" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1243", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1245" = fadd reassoc contract nsz <8 x float> %".1244", %".344"
  %".1246" = select  i1 %"first", <8 x float> %".344", <8 x float> %".1245"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1246", ptr %".1243", i32 4, <8 x i1> %".1178")
  %".1248" = mul i64 1, %"ldc"
  %".1249" = add i64 %".1248", 8
  %".1250" = getelementptr inbounds float, ptr %"c", i64 %".1249"
  %".1251" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1250", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1252" = fadd reassoc contract nsz <8 x float> %".1251", %".345"
  %".1253" = select  i1 %"first", <8 x float> %".345", <8 x float> %".1252"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1253", ptr %".1250", i32 4, <8 x i1> %".1179")
  br label %"row5.1"
row5.1:
  %".1256" = mul i64 0, %"ldc"
  %".1257" = add i64 %".1256", 0
  %".1258" = getelementptr inbounds float, ptr %"c", i64 %".1257"
  %".1259" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1258", i32 4, <8 x i1> %".1178", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1260" = fadd reassoc contract nsz <8 x float> %".1259", %".342"
  %".1261" = select  i1 %"first", <8 x float> %".342", <8 x float> %".1260"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1261", ptr %".1258", i32 4, <8 x i1> %".1178")
  %".1263" = mul i64 0, %"ldc"
  %".1264" = add i64 %".1263", 8
  %".1265" = getelementptr inbounds float, ptr %"c", i64 %".1264"
  %".1266" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".1265", i32 4, <8 x i1> %".1179", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".1267" = fadd reassoc contract nsz <8 x float> %".1266", %".343"
  %".1268" = select  i1 %"first", <8 x float> %".343", <8 x float> %".1267"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".1268", ptr %".1265", i32 4, <8 x i1> %".1179")
  br label %"rows.done.1"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".1", <8 x float> %".2")

define internal void @"gv_gemm_f32.ukernel3"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"ebias", ptr %"eres", i64 %"eldr", float %"elo", i1 %"epi")
{
entry:
  br i1 %"epi", label %"entry.if", label %"entry.endif"
entry.if:
  %".16" = mul i64 0, %"eldr"
  %".17" = getelementptr float, ptr %"eres", i64 %".16"
  %".18" = getelementptr i8, ptr %".17", i64 0
  call void @"llvm.prefetch.p0"(ptr %".18", i32 0, i32 3, i32 1)
  %".20" = getelementptr i8, ptr %".17", i64 63
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".22" = mul i64 1, %"eldr"
  %".23" = getelementptr float, ptr %"eres", i64 %".22"
  %".24" = getelementptr i8, ptr %".23", i64 0
  call void @"llvm.prefetch.p0"(ptr %".24", i32 0, i32 3, i32 1)
  %".26" = getelementptr i8, ptr %".23", i64 63
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = mul i64 2, %"eldr"
  %".29" = getelementptr float, ptr %"eres", i64 %".28"
  %".30" = getelementptr i8, ptr %".29", i64 0
  call void @"llvm.prefetch.p0"(ptr %".30", i32 0, i32 3, i32 1)
  %".32" = getelementptr i8, ptr %".29", i64 63
  call void @"llvm.prefetch.p0"(ptr %".32", i32 0, i32 3, i32 1)
  br label %"entry.endif"
entry.endif:
  %".35" = and i64 %"kc", -4
  %".36" = icmp sgt i64 %".35", 0
  br i1 %".36", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry.endif"], [%".158", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".142", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".143", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".149", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".150", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".156", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".157", %"main"]
  %".38" = add i64 %"k", 0
  %".39" = mul i64 %".38", 16
  %".40" = add i64 %".39", 0
  %".41" = getelementptr inbounds float, ptr %"bp", i64 %".40"
  %".42" = load <8 x float>, ptr %".41", align 32
  %".43" = add i64 %".39", 8
  %".44" = getelementptr inbounds float, ptr %"bp", i64 %".43"
  %".45" = load <8 x float>, ptr %".44", align 32
  %".46" = mul i64 %".38", 6
  %".47" = add i64 %".46", 0
  %".48" = getelementptr inbounds float, ptr %"ap", i64 %".47"
  %".49" = load float, ptr %".48"
  %".50" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".49", i32 0
  %".51" = shufflevector <8 x float> %".50", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".52" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".51", <8 x float> %".42", <8 x float> %"acc0")
  %".53" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".51", <8 x float> %".45", <8 x float> %"acc1")
  %".54" = add i64 %".46", 1
  %".55" = getelementptr inbounds float, ptr %"ap", i64 %".54"
  %".56" = load float, ptr %".55"
  %".57" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".56", i32 0
  %".58" = shufflevector <8 x float> %".57", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".59" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".58", <8 x float> %".42", <8 x float> %"acc2")
  %".60" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".58", <8 x float> %".45", <8 x float> %"acc3")
  %".61" = add i64 %".46", 2
  %".62" = getelementptr inbounds float, ptr %"ap", i64 %".61"
  %".63" = load float, ptr %".62"
  %".64" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".63", i32 0
  %".65" = shufflevector <8 x float> %".64", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".66" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".65", <8 x float> %".42", <8 x float> %"acc4")
  %".67" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".65", <8 x float> %".45", <8 x float> %"acc5")
  %".68" = add i64 %"k", 1
  %".69" = mul i64 %".68", 16
  %".70" = add i64 %".69", 0
  %".71" = getelementptr inbounds float, ptr %"bp", i64 %".70"
  %".72" = load <8 x float>, ptr %".71", align 32
  %".73" = add i64 %".69", 8
  %".74" = getelementptr inbounds float, ptr %"bp", i64 %".73"
  %".75" = load <8 x float>, ptr %".74", align 32
  %".76" = mul i64 %".68", 6
  %".77" = add i64 %".76", 0
  %".78" = getelementptr inbounds float, ptr %"ap", i64 %".77"
  %".79" = load float, ptr %".78"
  %".80" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".79", i32 0
  %".81" = shufflevector <8 x float> %".80", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".82" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".81", <8 x float> %".72", <8 x float> %".52")
  %".83" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".81", <8 x float> %".75", <8 x float> %".53")
  %".84" = add i64 %".76", 1
  %".85" = getelementptr inbounds float, ptr %"ap", i64 %".84"
  %".86" = load float, ptr %".85"
  %".87" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".86", i32 0
  %".88" = shufflevector <8 x float> %".87", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".89" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".88", <8 x float> %".72", <8 x float> %".59")
  %".90" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".88", <8 x float> %".75", <8 x float> %".60")
  %".91" = add i64 %".76", 2
  %".92" = getelementptr inbounds float, ptr %"ap", i64 %".91"
  %".93" = load float, ptr %".92"
  %".94" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".93", i32 0
  %".95" = shufflevector <8 x float> %".94", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".96" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".72", <8 x float> %".66")
  %".97" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".75", <8 x float> %".67")
  %".98" = add i64 %"k", 2
  %".99" = mul i64 %".98", 16
  %".100" = add i64 %".99", 0
  %".101" = getelementptr inbounds float, ptr %"bp", i64 %".100"
  %".102" = load <8 x float>, ptr %".101", align 32
  %".103" = add i64 %".99", 8
  %".104" = getelementptr inbounds float, ptr %"bp", i64 %".103"
  %".105" = load <8 x float>, ptr %".104", align 32
  %".106" = mul i64 %".98", 6
  %".107" = add i64 %".106", 0
  %".108" = getelementptr inbounds float, ptr %"ap", i64 %".107"
  %".109" = load float, ptr %".108"
  %".110" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".109", i32 0
  %".111" = shufflevector <8 x float> %".110", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".112" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".111", <8 x float> %".102", <8 x float> %".82")
  %".113" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".111", <8 x float> %".105", <8 x float> %".83")
  %".114" = add i64 %".106", 1
  %".115" = getelementptr inbounds float, ptr %"ap", i64 %".114"
  %".116" = load float, ptr %".115"
  %".117" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".116", i32 0
  %".118" = shufflevector <8 x float> %".117", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".119" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".118", <8 x float> %".102", <8 x float> %".89")
  %".120" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".118", <8 x float> %".105", <8 x float> %".90")
  %".121" = add i64 %".106", 2
  %".122" = getelementptr inbounds float, ptr %"ap", i64 %".121"
  %".123" = load float, ptr %".122"
  %".124" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".123", i32 0
  %".125" = shufflevector <8 x float> %".124", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".126" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".125", <8 x float> %".102", <8 x float> %".96")
  %".127" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".125", <8 x float> %".105", <8 x float> %".97")
  %".128" = add i64 %"k", 3
  %".129" = mul i64 %".128", 16
  %".130" = add i64 %".129", 0
  %".131" = getelementptr inbounds float, ptr %"bp", i64 %".130"
  %".132" = load <8 x float>, ptr %".131", align 32
  %".133" = add i64 %".129", 8
  %".134" = getelementptr inbounds float, ptr %"bp", i64 %".133"
  %".135" = load <8 x float>, ptr %".134", align 32
  %".136" = mul i64 %".128", 6
  %".137" = add i64 %".136", 0
  %".138" = getelementptr inbounds float, ptr %"ap", i64 %".137"
  %".139" = load float, ptr %".138"
  %".140" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <8 x float> %".140", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".141", <8 x float> %".132", <8 x float> %".112")
  %".143" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".141", <8 x float> %".135", <8 x float> %".113")
  %".144" = add i64 %".136", 1
  %".145" = getelementptr inbounds float, ptr %"ap", i64 %".144"
  %".146" = load float, ptr %".145"
  %".147" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".146", i32 0
  %".148" = shufflevector <8 x float> %".147", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".149" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".148", <8 x float> %".132", <8 x float> %".119")
  %".150" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".148", <8 x float> %".135", <8 x float> %".120")
  %".151" = add i64 %".136", 2
  %".152" = getelementptr inbounds float, ptr %"ap", i64 %".151"
  %".153" = load float, ptr %".152"
  %".154" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".153", i32 0
  %".155" = shufflevector <8 x float> %".154", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".156" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".155", <8 x float> %".132", <8 x float> %".126")
  %".157" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".155", <8 x float> %".135", <8 x float> %".127")
  %".158" = add i64 %"k", 4
  %".159" = icmp slt i64 %".158", %".35"
  br i1 %".159", label %"main", label %"mid"
mid:
  %".161" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".142", %"main"]
  %".162" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".143", %"main"]
  %".163" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".149", %"main"]
  %".164" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".150", %"main"]
  %".165" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".156", %"main"]
  %".166" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".157", %"main"]
  %".167" = icmp slt i64 %".35", %"kc"
  br i1 %".167", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".35", %"mid"], [%".204", %"rem"]
  %".169" = phi  <8 x float> [%".161", %"mid"], [%".188", %"rem"]
  %".170" = phi  <8 x float> [%".162", %"mid"], [%".189", %"rem"]
  %".171" = phi  <8 x float> [%".163", %"mid"], [%".195", %"rem"]
  %".172" = phi  <8 x float> [%".164", %"mid"], [%".196", %"rem"]
  %".173" = phi  <8 x float> [%".165", %"mid"], [%".202", %"rem"]
  %".174" = phi  <8 x float> [%".166", %"mid"], [%".203", %"rem"]
  %".175" = mul i64 %"k1", 16
  %".176" = add i64 %".175", 0
  %".177" = getelementptr inbounds float, ptr %"bp", i64 %".176"
  %".178" = load <8 x float>, ptr %".177", align 32
  %".179" = add i64 %".175", 8
  %".180" = getelementptr inbounds float, ptr %"bp", i64 %".179"
  %".181" = load <8 x float>, ptr %".180", align 32
  %".182" = mul i64 %"k1", 6
  %".183" = add i64 %".182", 0
  %".184" = getelementptr inbounds float, ptr %"ap", i64 %".183"
  %".185" = load float, ptr %".184"
  %".186" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".185", i32 0
  %".187" = shufflevector <8 x float> %".186", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".188" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".187", <8 x float> %".178", <8 x float> %".169")
  %".189" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".187", <8 x float> %".181", <8 x float> %".170")
  %".190" = add i64 %".182", 1
  %".191" = getelementptr inbounds float, ptr %"ap", i64 %".190"
  %".192" = load float, ptr %".191"
  %".193" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".194" = shufflevector <8 x float> %".193", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".195" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".178", <8 x float> %".171")
  %".196" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".194", <8 x float> %".181", <8 x float> %".172")
  %".197" = add i64 %".182", 2
  %".198" = getelementptr inbounds float, ptr %"ap", i64 %".197"
  %".199" = load float, ptr %".198"
  %".200" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".199", i32 0
  %".201" = shufflevector <8 x float> %".200", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".202" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".178", <8 x float> %".173")
  %".203" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".201", <8 x float> %".181", <8 x float> %".174")
  %".204" = add i64 %"k1", 1
  %".205" = icmp slt i64 %".204", %"kc"
  br i1 %".205", label %"rem", label %"tail"
tail:
  %".207" = phi  <8 x float> [%".161", %"mid"], [%".188", %"rem"]
  %".208" = phi  <8 x float> [%".162", %"mid"], [%".189", %"rem"]
  %".209" = phi  <8 x float> [%".163", %"mid"], [%".195", %"rem"]
  %".210" = phi  <8 x float> [%".164", %"mid"], [%".196", %"rem"]
  %".211" = phi  <8 x float> [%".165", %"mid"], [%".202", %"rem"]
  %".212" = phi  <8 x float> [%".166", %"mid"], [%".203", %"rem"]
  br i1 %"epi", label %"tail.if", label %"tail.else"
tail.if:
  %".214" = icmp eq i64 %"mr", 3
  %".215" = icmp eq i64 %"nr", 16
  %".216" = and i1 %".214", %".215"
  br i1 %".216", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".568" = icmp eq i64 %"mr", 3
  %".569" = icmp eq i64 %"nr", 16
  %".570" = and i1 %".568", %".569"
  br i1 %".570", label %"tail.else.if", label %"tail.else.else"
tail.endif:
  ret void
tail.if.if:
  br i1 %"first", label %"tail.if.if.if", label %"tail.if.if.else"
tail.if.else:
  %".438" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".439" = shufflevector <8 x i64> %".438", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".440" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".439"
  %".441" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".439"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row2" i64 2, label %"row1" i64 3, label %"row0"]
tail.if.endif:
  br label %"tail.endif"
tail.if.if.if:
  %".219" = mul i64 0, %"ldc"
  %".220" = add i64 %".219", 0
  %".221" = getelementptr inbounds float, ptr %"c", i64 %".220"
  %".222" = getelementptr float, ptr %"ebias", i64 0
  %".223" = load float, ptr %".222"
  %".224" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".223", i32 0
  %".225" = shufflevector <8 x float> %".224", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".226" = fadd <8 x float> %".207", %".225"
  %".227" = mul i64 0, %"eldr"
  %".228" = add i64 %".227", 0
  %".229" = getelementptr float, ptr %"eres", i64 %".228"
  %".230" = load <8 x float>, ptr %".229", align 4
  %".231" = fadd <8 x float> %".226", %".230"
  %".232" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".233" = shufflevector <8 x float> %".232", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".234" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".231", <8 x float> %".233")
  store <8 x float> %".234", ptr %".221", align 4
  %".236" = mul i64 0, %"ldc"
  %".237" = add i64 %".236", 8
  %".238" = getelementptr inbounds float, ptr %"c", i64 %".237"
  %".239" = getelementptr float, ptr %"ebias", i64 0
  %".240" = load float, ptr %".239"
  %".241" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".240", i32 0
  %".242" = shufflevector <8 x float> %".241", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".243" = fadd <8 x float> %".208", %".242"
  %".244" = mul i64 0, %"eldr"
  %".245" = add i64 %".244", 8
  %".246" = getelementptr float, ptr %"eres", i64 %".245"
  %".247" = load <8 x float>, ptr %".246", align 4
  %".248" = fadd <8 x float> %".243", %".247"
  %".249" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".250" = shufflevector <8 x float> %".249", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".251" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".248", <8 x float> %".250")
  store <8 x float> %".251", ptr %".238", align 4
  %".253" = mul i64 1, %"ldc"
  %".254" = add i64 %".253", 0
  %".255" = getelementptr inbounds float, ptr %"c", i64 %".254"
  %".256" = getelementptr float, ptr %"ebias", i64 1
  %".257" = load float, ptr %".256"
  %".258" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".257", i32 0
  %".259" = shufflevector <8 x float> %".258", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".260" = fadd <8 x float> %".209", %".259"
  %".261" = mul i64 1, %"eldr"
  %".262" = add i64 %".261", 0
  %".263" = getelementptr float, ptr %"eres", i64 %".262"
  %".264" = load <8 x float>, ptr %".263", align 4
  %".265" = fadd <8 x float> %".260", %".264"
  %".266" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".267" = shufflevector <8 x float> %".266", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".268" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".265", <8 x float> %".267")
  store <8 x float> %".268", ptr %".255", align 4
  %".270" = mul i64 1, %"ldc"
  %".271" = add i64 %".270", 8
  %".272" = getelementptr inbounds float, ptr %"c", i64 %".271"
  %".273" = getelementptr float, ptr %"ebias", i64 1
  %".274" = load float, ptr %".273"
  %".275" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".274", i32 0
  %".276" = shufflevector <8 x float> %".275", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = fadd <8 x float> %".210", %".276"
  %".278" = mul i64 1, %"eldr"
  %".279" = add i64 %".278", 8
  %".280" = getelementptr float, ptr %"eres", i64 %".279"
  %".281" = load <8 x float>, ptr %".280", align 4
  %".282" = fadd <8 x float> %".277", %".281"
  %".283" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".284" = shufflevector <8 x float> %".283", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".285" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".282", <8 x float> %".284")
  store <8 x float> %".285", ptr %".272", align 4
  %".287" = mul i64 2, %"ldc"
  %".288" = add i64 %".287", 0
  %".289" = getelementptr inbounds float, ptr %"c", i64 %".288"
  %".290" = getelementptr float, ptr %"ebias", i64 2
  %".291" = load float, ptr %".290"
  %".292" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".291", i32 0
  %".293" = shufflevector <8 x float> %".292", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".294" = fadd <8 x float> %".211", %".293"
  %".295" = mul i64 2, %"eldr"
  %".296" = add i64 %".295", 0
  %".297" = getelementptr float, ptr %"eres", i64 %".296"
  %".298" = load <8 x float>, ptr %".297", align 4
  %".299" = fadd <8 x float> %".294", %".298"
  %".300" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".301" = shufflevector <8 x float> %".300", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".302" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".299", <8 x float> %".301")
  store <8 x float> %".302", ptr %".289", align 4
  %".304" = mul i64 2, %"ldc"
  %".305" = add i64 %".304", 8
  %".306" = getelementptr inbounds float, ptr %"c", i64 %".305"
  %".307" = getelementptr float, ptr %"ebias", i64 2
  %".308" = load float, ptr %".307"
  %".309" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".308", i32 0
  %".310" = shufflevector <8 x float> %".309", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".311" = fadd <8 x float> %".212", %".310"
  %".312" = mul i64 2, %"eldr"
  %".313" = add i64 %".312", 8
  %".314" = getelementptr float, ptr %"eres", i64 %".313"
  %".315" = load <8 x float>, ptr %".314", align 4
  %".316" = fadd <8 x float> %".311", %".315"
  %".317" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".318" = shufflevector <8 x float> %".317", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".319" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".316", <8 x float> %".318")
  store <8 x float> %".319", ptr %".306", align 4
  br label %"tail.if.if.endif"
tail.if.if.else:
  %".322" = mul i64 0, %"ldc"
  %".323" = add i64 %".322", 0
  %".324" = getelementptr inbounds float, ptr %"c", i64 %".323"
  %".325" = load <8 x float>, ptr %".324", align 4
  %".326" = fadd reassoc contract nsz <8 x float> %".325", %".207"
  %".327" = getelementptr float, ptr %"ebias", i64 0
  %".328" = load float, ptr %".327"
  %".329" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".328", i32 0
  %".330" = shufflevector <8 x float> %".329", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".331" = fadd <8 x float> %".326", %".330"
  %".332" = mul i64 0, %"eldr"
  %".333" = add i64 %".332", 0
  %".334" = getelementptr float, ptr %"eres", i64 %".333"
  %".335" = load <8 x float>, ptr %".334", align 4
  %".336" = fadd <8 x float> %".331", %".335"
  %".337" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".338" = shufflevector <8 x float> %".337", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".339" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".336", <8 x float> %".338")
  store <8 x float> %".339", ptr %".324", align 4
  %".341" = mul i64 0, %"ldc"
  %".342" = add i64 %".341", 8
  %".343" = getelementptr inbounds float, ptr %"c", i64 %".342"
  %".344" = load <8 x float>, ptr %".343", align 4
  %".345" = fadd reassoc contract nsz <8 x float> %".344", %".208"
  %".346" = getelementptr float, ptr %"ebias", i64 0
  %".347" = load float, ptr %".346"
  %".348" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".347", i32 0
  %".349" = shufflevector <8 x float> %".348", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".350" = fadd <8 x float> %".345", %".349"
  %".351" = mul i64 0, %"eldr"
  %".352" = add i64 %".351", 8
  %".353" = getelementptr float, ptr %"eres", i64 %".352"
  %".354" = load <8 x float>, ptr %".353", align 4
  %".355" = fadd <8 x float> %".350", %".354"
  %".356" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".357" = shufflevector <8 x float> %".356", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".358" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".355", <8 x float> %".357")
  store <8 x float> %".358", ptr %".343", align 4
  %".360" = mul i64 1, %"ldc"
  %".361" = add i64 %".360", 0
  %".362" = getelementptr inbounds float, ptr %"c", i64 %".361"
  %".363" = load <8 x float>, ptr %".362", align 4
  %".364" = fadd reassoc contract nsz <8 x float> %".363", %".209"
  %".365" = getelementptr float, ptr %"ebias", i64 1
  %".366" = load float, ptr %".365"
  %".367" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".366", i32 0
  %".368" = shufflevector <8 x float> %".367", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".369" = fadd <8 x float> %".364", %".368"
  %".370" = mul i64 1, %"eldr"
  %".371" = add i64 %".370", 0
  %".372" = getelementptr float, ptr %"eres", i64 %".371"
  %".373" = load <8 x float>, ptr %".372", align 4
  %".374" = fadd <8 x float> %".369", %".373"
  %".375" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".376" = shufflevector <8 x float> %".375", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".377" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".374", <8 x float> %".376")
  store <8 x float> %".377", ptr %".362", align 4
  %".379" = mul i64 1, %"ldc"
  %".380" = add i64 %".379", 8
  %".381" = getelementptr inbounds float, ptr %"c", i64 %".380"
  %".382" = load <8 x float>, ptr %".381", align 4
  %".383" = fadd reassoc contract nsz <8 x float> %".382", %".210"
  %".384" = getelementptr float, ptr %"ebias", i64 1
  %".385" = load float, ptr %".384"
  %".386" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".385", i32 0
  %".387" = shufflevector <8 x float> %".386", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".388" = fadd <8 x float> %".383", %".387"
  %".389" = mul i64 1, %"eldr"
  %".390" = add i64 %".389", 8
  %".391" = getelementptr float, ptr %"eres", i64 %".390"
  %".392" = load <8 x float>, ptr %".391", align 4
  %".393" = fadd <8 x float> %".388", %".392"
  %".394" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".395" = shufflevector <8 x float> %".394", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".396" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".393", <8 x float> %".395")
  store <8 x float> %".396", ptr %".381", align 4
  %".398" = mul i64 2, %"ldc"
  %".399" = add i64 %".398", 0
  %".400" = getelementptr inbounds float, ptr %"c", i64 %".399"
  %".401" = load <8 x float>, ptr %".400", align 4
  %".402" = fadd reassoc contract nsz <8 x float> %".401", %".211"
  %".403" = getelementptr float, ptr %"ebias", i64 2
  %".404" = load float, ptr %".403"
  %".405" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".404", i32 0
  %".406" = shufflevector <8 x float> %".405", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".407" = fadd <8 x float> %".402", %".406"
  %".408" = mul i64 2, %"eldr"
  %".409" = add i64 %".408", 0
  %".410" = getelementptr float, ptr %"eres", i64 %".409"
  %".411" = load <8 x float>, ptr %".410", align 4
  %".412" = fadd <8 x float> %".407", %".411"
  %".413" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".414" = shufflevector <8 x float> %".413", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".415" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".412", <8 x float> %".414")
  store <8 x float> %".415", ptr %".400", align 4
  %".417" = mul i64 2, %"ldc"
  %".418" = add i64 %".417", 8
  %".419" = getelementptr inbounds float, ptr %"c", i64 %".418"
  %".420" = load <8 x float>, ptr %".419", align 4
  %".421" = fadd reassoc contract nsz <8 x float> %".420", %".212"
  %".422" = getelementptr float, ptr %"ebias", i64 2
  %".423" = load float, ptr %".422"
  %".424" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".423", i32 0
  %".425" = shufflevector <8 x float> %".424", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".426" = fadd <8 x float> %".421", %".425"
  %".427" = mul i64 2, %"eldr"
  %".428" = add i64 %".427", 8
  %".429" = getelementptr float, ptr %"eres", i64 %".428"
  %".430" = load <8 x float>, ptr %".429", align 4
  %".431" = fadd <8 x float> %".426", %".430"
  %".432" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".433" = shufflevector <8 x float> %".432", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".434" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".431", <8 x float> %".433")
  store <8 x float> %".434", ptr %".419", align 4
  br label %"tail.if.if.endif"
tail.if.if.endif:
  br label %"tail.if.endif"
rows.done:
  br label %"tail.if.endif"
row0:
  %".443" = mul i64 2, %"ldc"
  %".444" = add i64 %".443", 0
  %".445" = getelementptr inbounds float, ptr %"c", i64 %".444"
  %".446" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".445", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".447" = fadd reassoc contract nsz <8 x float> %".446", %".211"
  %".448" = select  i1 %"first", <8 x float> %".211", <8 x float> %".447"
  %".449" = getelementptr float, ptr %"ebias", i64 2
  %".450" = load float, ptr %".449"
  %".451" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".450", i32 0
  %".452" = shufflevector <8 x float> %".451", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".453" = fadd <8 x float> %".448", %".452"
  %".454" = mul i64 2, %"eldr"
  %".455" = add i64 %".454", 0
  %".456" = getelementptr float, ptr %"eres", i64 %".455"
  %".457" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".456", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".458" = fadd <8 x float> %".453", %".457"
  %".459" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".460" = shufflevector <8 x float> %".459", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".461" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".458", <8 x float> %".460")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".461", ptr %".445", i32 4, <8 x i1> %".440")
  %".463" = mul i64 2, %"ldc"
  %".464" = add i64 %".463", 8
  %".465" = getelementptr inbounds float, ptr %"c", i64 %".464"
  %".466" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".465", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".467" = fadd reassoc contract nsz <8 x float> %".466", %".212"
  %".468" = select  i1 %"first", <8 x float> %".212", <8 x float> %".467"
  %".469" = getelementptr float, ptr %"ebias", i64 2
  %".470" = load float, ptr %".469"
  %".471" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".470", i32 0
  %".472" = shufflevector <8 x float> %".471", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".473" = fadd <8 x float> %".468", %".472"
  %".474" = mul i64 2, %"eldr"
  %".475" = add i64 %".474", 8
  %".476" = getelementptr float, ptr %"eres", i64 %".475"
  %".477" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".476", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".478" = fadd <8 x float> %".473", %".477"
  %".479" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".480" = shufflevector <8 x float> %".479", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".481" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".478", <8 x float> %".480")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".481", ptr %".465", i32 4, <8 x i1> %".441")
  br label %"row1"
row1:
  %".484" = mul i64 1, %"ldc"
  %".485" = add i64 %".484", 0
  %".486" = getelementptr inbounds float, ptr %"c", i64 %".485"
  %".487" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".486", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".488" = fadd reassoc contract nsz <8 x float> %".487", %".209"
  %".489" = select  i1 %"first", <8 x float> %".209", <8 x float> %".488"
  %".490" = getelementptr float, ptr %"ebias", i64 1
  %".491" = load float, ptr %".490"
  %".492" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".491", i32 0
  %".493" = shufflevector <8 x float> %".492", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".494" = fadd <8 x float> %".489", %".493"
  %".495" = mul i64 1, %"eldr"
  %".496" = add i64 %".495", 0
  %".497" = getelementptr float, ptr %"eres", i64 %".496"
  %".498" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".497", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".499" = fadd <8 x float> %".494", %".498"
  %".500" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".501" = shufflevector <8 x float> %".500", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".502" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".499", <8 x float> %".501")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".502", ptr %".486", i32 4, <8 x i1> %".440")
  %".504" = mul i64 1, %"ldc"
  %".505" = add i64 %".504", 8
  %".506" = getelementptr inbounds float, ptr %"c", i64 %".505"
  %".507" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".506", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".508" = fadd reassoc contract nsz <8 x float> %".507", %".210"
  %".509" = select  i1 %"first", <8 x float> %".210", <8 x float> %".508"
  %".510" = getelementptr float, ptr %"ebias", i64 1
  %".511" = load float, ptr %".510"
  %".512" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".511", i32 0
  %".513" = shufflevector <8 x float> %".512", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".514" = fadd <8 x float> %".509", %".513"
  %".515" = mul i64 1, %"eldr"
  %".516" = add i64 %".515", 8
  %".517" = getelementptr float, ptr %"eres", i64 %".516"
  %".518" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".517", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".519" = fadd <8 x float> %".514", %".518"
  %".520" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".521" = shufflevector <8 x float> %".520", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".522" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".519", <8 x float> %".521")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".522", ptr %".506", i32 4, <8 x i1> %".441")
  br label %"row2"
row2:
  %".525" = mul i64 0, %"ldc"
  %".526" = add i64 %".525", 0
  %".527" = getelementptr inbounds float, ptr %"c", i64 %".526"
  %".528" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".527", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".529" = fadd reassoc contract nsz <8 x float> %".528", %".207"
  %".530" = select  i1 %"first", <8 x float> %".207", <8 x float> %".529"
  %".531" = getelementptr float, ptr %"ebias", i64 0
  %".532" = load float, ptr %".531"
  %".533" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".532", i32 0
  %".534" = shufflevector <8 x float> %".533", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".535" = fadd <8 x float> %".530", %".534"
  %".536" = mul i64 0, %"eldr"
  %".537" = add i64 %".536", 0
  %".538" = getelementptr float, ptr %"eres", i64 %".537"
  %".539" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".538", i32 4, <8 x i1> %".440", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".540" = fadd <8 x float> %".535", %".539"
  %".541" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".542" = shufflevector <8 x float> %".541", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".543" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".540", <8 x float> %".542")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".543", ptr %".527", i32 4, <8 x i1> %".440")
  %".545" = mul i64 0, %"ldc"
  %".546" = add i64 %".545", 8
  %".547" = getelementptr inbounds float, ptr %"c", i64 %".546"
  %".548" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".547", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".549" = fadd reassoc contract nsz <8 x float> %".548", %".208"
  %".550" = select  i1 %"first", <8 x float> %".208", <8 x float> %".549"
  %".551" = getelementptr float, ptr %"ebias", i64 0
  %".552" = load float, ptr %".551"
  %".553" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".552", i32 0
  %".554" = shufflevector <8 x float> %".553", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".555" = fadd <8 x float> %".550", %".554"
  %".556" = mul i64 0, %"eldr"
  %".557" = add i64 %".556", 8
  %".558" = getelementptr float, ptr %"eres", i64 %".557"
  %".559" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".558", i32 4, <8 x i1> %".441", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".560" = fadd <8 x float> %".555", %".559"
  %".561" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".562" = shufflevector <8 x float> %".561", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".563" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".560", <8 x float> %".562")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".563", ptr %".547", i32 4, <8 x i1> %".441")
  br label %"rows.done"
tail.else.if:
  br i1 %"first", label %"tail.else.if.if", label %"tail.else.if.else"
tail.else.else:
  %".636" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".637" = shufflevector <8 x i64> %".636", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".638" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".637"
  %".639" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".637"
  switch i64 %"mr", label %"rows.done.1" [i64 1, label %"row2.1" i64 2, label %"row1.1" i64 3, label %"row0.1"]
tail.else.endif:
  br label %"tail.endif"
tail.else.if.if:
  %".573" = mul i64 0, %"ldc"
  %".574" = add i64 %".573", 0
  %".575" = getelementptr inbounds float, ptr %"c", i64 %".574"
  store <8 x float> %".207", ptr %".575", align 4
  %".577" = mul i64 0, %"ldc"
  %".578" = add i64 %".577", 8
  %".579" = getelementptr inbounds float, ptr %"c", i64 %".578"
  store <8 x float> %".208", ptr %".579", align 4
  %".581" = mul i64 1, %"ldc"
  %".582" = add i64 %".581", 0
  %".583" = getelementptr inbounds float, ptr %"c", i64 %".582"
  store <8 x float> %".209", ptr %".583", align 4
  %".585" = mul i64 1, %"ldc"
  %".586" = add i64 %".585", 8
  %".587" = getelementptr inbounds float, ptr %"c", i64 %".586"
  store <8 x float> %".210", ptr %".587", align 4
  %".589" = mul i64 2, %"ldc"
  %".590" = add i64 %".589", 0
  %".591" = getelementptr inbounds float, ptr %"c", i64 %".590"
  store <8 x float> %".211", ptr %".591", align 4
  %".593" = mul i64 2, %"ldc"
  %".594" = add i64 %".593", 8
  %".595" = getelementptr inbounds float, ptr %"c", i64 %".594"
  store <8 x float> %".212", ptr %".595", align 4
  br label %"tail.else.if.endif"
tail.else.if.else:
  %".598" = mul i64 0, %"ldc"
  %".599" = add i64 %".598", 0
  %".600" = getelementptr inbounds float, ptr %"c", i64 %".599"
  %".601" = load <8 x float>, ptr %".600", align 4
  %".602" = fadd reassoc contract nsz <8 x float> %".601", %".207"
  store <8 x float> %".602", ptr %".600", align 4
  %".604" = mul i64 0, %"ldc"
  %".605" = add i64 %".604", 8
  %".606" = getelementptr inbounds float, ptr %"c", i64 %".605"
  %".607" = load <8 x float>, ptr %".606", align 4
  %".608" = fadd reassoc contract nsz <8 x float> %".607", %".208"
  store <8 x float> %".608", ptr %".606", align 4
  %".610" = mul i64 1, %"ldc"
  %".611" = add i64 %".610", 0
  %".612" = getelementptr inbounds float, ptr %"c", i64 %".611"
  %".613" = load <8 x float>, ptr %".612", align 4
  %".614" = fadd reassoc contract nsz <8 x float> %".613", %".209"
  store <8 x float> %".614", ptr %".612", align 4
  %".616" = mul i64 1, %"ldc"
  %".617" = add i64 %".616", 8
  %".618" = getelementptr inbounds float, ptr %"c", i64 %".617"
  %".619" = load <8 x float>, ptr %".618", align 4
  %".620" = fadd reassoc contract nsz <8 x float> %".619", %".210"
  store <8 x float> %".620", ptr %".618", align 4
  %".622" = mul i64 2, %"ldc"
  %".623" = add i64 %".622", 0
  %".624" = getelementptr inbounds float, ptr %"c", i64 %".623"
  %".625" = load <8 x float>, ptr %".624", align 4
  %".626" = fadd reassoc contract nsz <8 x float> %".625", %".211"
  store <8 x float> %".626", ptr %".624", align 4
  %".628" = mul i64 2, %"ldc"
  %".629" = add i64 %".628", 8
  %".630" = getelementptr inbounds float, ptr %"c", i64 %".629"
  %".631" = load <8 x float>, ptr %".630", align 4
  %".632" = fadd reassoc contract nsz <8 x float> %".631", %".212"
  store <8 x float> %".632", ptr %".630", align 4
  br label %"tail.else.if.endif"
tail.else.if.endif:
  br label %"tail.else.endif"
rows.done.1:
  br label %"tail.else.endif"
row0.1:
  %".641" = mul i64 2, %"ldc"
  %".642" = add i64 %".641", 0
  %".643" = getelementptr inbounds float, ptr %"c", i64 %".642"
  %".644" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".643", i32 4, <8 x i1> %".638", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".645" = fadd reassoc contract nsz <8 x float> %".644", %".211"
  %".646" = select  i1 %"first", <8 x float> %".211", <8 x float> %".645"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".646", ptr %".643", i32 4, <8 x i1> %".638")
  %".648" = mul i64 2, %"ldc"
  %".649" = add i64 %".648", 8
  %".650" = getelementptr inbounds float, ptr %"c", i64 %".649"
  %".651" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".650", i32 4, <8 x i1> %".639", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".652" = fadd reassoc contract nsz <8 x float> %".651", %".212"
  %".653" = select  i1 %"first", <8 x float> %".212", <8 x float> %".652"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".653", ptr %".650", i32 4, <8 x i1> %".639")
  br label %"row1.1"
row1.1:
  %".656" = mul i64 1, %"ldc"
  %".657" = add i64 %".656", 0
  %".658" = getelementptr inbounds float, ptr %"c", i64 %".657"
  %".659" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".658", i32 4, <8 x i1> %".638", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".660" = fadd reassoc contract nsz <8 x float> %".659", %".209"
  %".661" = select  i1 %"first", <8 x float> %".209", <8 x float> %".660"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".661", ptr %".658", i32 4, <8 x i1> %".638")
  %".663" = mul i64 1, %"ldc"
  %".664" = add i64 %".663", 8
  %".665" = getelementptr inbounds float, ptr %"c", i64 %".664"
  %".666" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".665", i32 4, <8 x i1> %".639", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".667" = fadd reassoc contract nsz <8 x float> %".666", %".210"
  %".668" = select  i1 %"first", <8 x float> %".210", <8 x float> %".667"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".668", ptr %".665", i32 4, <8 x i1> %".639")
  br label %"row2.1"
row2.1:
  %".671" = mul i64 0, %"ldc"
  %".672" = add i64 %".671", 0
  %".673" = getelementptr inbounds float, ptr %"c", i64 %".672"
  %".674" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".673", i32 4, <8 x i1> %".638", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".675" = fadd reassoc contract nsz <8 x float> %".674", %".207"
  %".676" = select  i1 %"first", <8 x float> %".207", <8 x float> %".675"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".676", ptr %".673", i32 4, <8 x i1> %".638")
  %".678" = mul i64 0, %"ldc"
  %".679" = add i64 %".678", 8
  %".680" = getelementptr inbounds float, ptr %"c", i64 %".679"
  %".681" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".680", i32 4, <8 x i1> %".639", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".682" = fadd reassoc contract nsz <8 x float> %".681", %".208"
  %".683" = select  i1 %"first", <8 x float> %".208", <8 x float> %".682"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".683", ptr %".680", i32 4, <8 x i1> %".639")
  br label %"rows.done.1"
}

define internal void @"gv_gemm_f32.ukernel2"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"ebias", ptr %"eres", i64 %"eldr", float %"elo", i1 %"epi")
{
entry:
  br i1 %"epi", label %"entry.if", label %"entry.endif"
entry.if:
  %".16" = mul i64 0, %"eldr"
  %".17" = getelementptr float, ptr %"eres", i64 %".16"
  %".18" = getelementptr i8, ptr %".17", i64 0
  call void @"llvm.prefetch.p0"(ptr %".18", i32 0, i32 3, i32 1)
  %".20" = getelementptr i8, ptr %".17", i64 63
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".22" = mul i64 1, %"eldr"
  %".23" = getelementptr float, ptr %"eres", i64 %".22"
  %".24" = getelementptr i8, ptr %".23", i64 0
  call void @"llvm.prefetch.p0"(ptr %".24", i32 0, i32 3, i32 1)
  %".26" = getelementptr i8, ptr %".23", i64 63
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  br label %"entry.endif"
entry.endif:
  %".29" = and i64 %"kc", -4
  %".30" = icmp sgt i64 %".29", 0
  br i1 %".30", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry.endif"], [%".124", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".115", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".116", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".122", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".123", %"main"]
  %".32" = add i64 %"k", 0
  %".33" = mul i64 %".32", 16
  %".34" = add i64 %".33", 0
  %".35" = getelementptr inbounds float, ptr %"bp", i64 %".34"
  %".36" = load <8 x float>, ptr %".35", align 32
  %".37" = add i64 %".33", 8
  %".38" = getelementptr inbounds float, ptr %"bp", i64 %".37"
  %".39" = load <8 x float>, ptr %".38", align 32
  %".40" = mul i64 %".32", 6
  %".41" = add i64 %".40", 0
  %".42" = getelementptr inbounds float, ptr %"ap", i64 %".41"
  %".43" = load float, ptr %".42"
  %".44" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".43", i32 0
  %".45" = shufflevector <8 x float> %".44", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".46" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".45", <8 x float> %".36", <8 x float> %"acc0")
  %".47" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".45", <8 x float> %".39", <8 x float> %"acc1")
  %".48" = add i64 %".40", 1
  %".49" = getelementptr inbounds float, ptr %"ap", i64 %".48"
  %".50" = load float, ptr %".49"
  %".51" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".50", i32 0
  %".52" = shufflevector <8 x float> %".51", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".53" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".52", <8 x float> %".36", <8 x float> %"acc2")
  %".54" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".52", <8 x float> %".39", <8 x float> %"acc3")
  %".55" = add i64 %"k", 1
  %".56" = mul i64 %".55", 16
  %".57" = add i64 %".56", 0
  %".58" = getelementptr inbounds float, ptr %"bp", i64 %".57"
  %".59" = load <8 x float>, ptr %".58", align 32
  %".60" = add i64 %".56", 8
  %".61" = getelementptr inbounds float, ptr %"bp", i64 %".60"
  %".62" = load <8 x float>, ptr %".61", align 32
  %".63" = mul i64 %".55", 6
  %".64" = add i64 %".63", 0
  %".65" = getelementptr inbounds float, ptr %"ap", i64 %".64"
  %".66" = load float, ptr %".65"
  %".67" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".66", i32 0
  %".68" = shufflevector <8 x float> %".67", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".69" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".68", <8 x float> %".59", <8 x float> %".46")
  %".70" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".68", <8 x float> %".62", <8 x float> %".47")
  %".71" = add i64 %".63", 1
  %".72" = getelementptr inbounds float, ptr %"ap", i64 %".71"
  %".73" = load float, ptr %".72"
  %".74" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".73", i32 0
  %".75" = shufflevector <8 x float> %".74", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".76" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".75", <8 x float> %".59", <8 x float> %".53")
  %".77" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".75", <8 x float> %".62", <8 x float> %".54")
  %".78" = add i64 %"k", 2
  %".79" = mul i64 %".78", 16
  %".80" = add i64 %".79", 0
  %".81" = getelementptr inbounds float, ptr %"bp", i64 %".80"
  %".82" = load <8 x float>, ptr %".81", align 32
  %".83" = add i64 %".79", 8
  %".84" = getelementptr inbounds float, ptr %"bp", i64 %".83"
  %".85" = load <8 x float>, ptr %".84", align 32
  %".86" = mul i64 %".78", 6
  %".87" = add i64 %".86", 0
  %".88" = getelementptr inbounds float, ptr %"ap", i64 %".87"
  %".89" = load float, ptr %".88"
  %".90" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <8 x float> %".90", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".82", <8 x float> %".69")
  %".93" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".85", <8 x float> %".70")
  %".94" = add i64 %".86", 1
  %".95" = getelementptr inbounds float, ptr %"ap", i64 %".94"
  %".96" = load float, ptr %".95"
  %".97" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <8 x float> %".97", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".82", <8 x float> %".76")
  %".100" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".85", <8 x float> %".77")
  %".101" = add i64 %"k", 3
  %".102" = mul i64 %".101", 16
  %".103" = add i64 %".102", 0
  %".104" = getelementptr inbounds float, ptr %"bp", i64 %".103"
  %".105" = load <8 x float>, ptr %".104", align 32
  %".106" = add i64 %".102", 8
  %".107" = getelementptr inbounds float, ptr %"bp", i64 %".106"
  %".108" = load <8 x float>, ptr %".107", align 32
  %".109" = mul i64 %".101", 6
  %".110" = add i64 %".109", 0
  %".111" = getelementptr inbounds float, ptr %"ap", i64 %".110"
  %".112" = load float, ptr %".111"
  %".113" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".112", i32 0
  %".114" = shufflevector <8 x float> %".113", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".115" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".105", <8 x float> %".92")
  %".116" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".108", <8 x float> %".93")
  %".117" = add i64 %".109", 1
  %".118" = getelementptr inbounds float, ptr %"ap", i64 %".117"
  %".119" = load float, ptr %".118"
  %".120" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".119", i32 0
  %".121" = shufflevector <8 x float> %".120", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".122" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".105", <8 x float> %".99")
  %".123" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".108", <8 x float> %".100")
  %".124" = add i64 %"k", 4
  %".125" = icmp slt i64 %".124", %".29"
  br i1 %".125", label %"main", label %"mid"
mid:
  %".127" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".115", %"main"]
  %".128" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".116", %"main"]
  %".129" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".122", %"main"]
  %".130" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".123", %"main"]
  %".131" = icmp slt i64 %".29", %"kc"
  br i1 %".131", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".29", %"mid"], [%".159", %"rem"]
  %".133" = phi  <8 x float> [%".127", %"mid"], [%".150", %"rem"]
  %".134" = phi  <8 x float> [%".128", %"mid"], [%".151", %"rem"]
  %".135" = phi  <8 x float> [%".129", %"mid"], [%".157", %"rem"]
  %".136" = phi  <8 x float> [%".130", %"mid"], [%".158", %"rem"]
  %".137" = mul i64 %"k1", 16
  %".138" = add i64 %".137", 0
  %".139" = getelementptr inbounds float, ptr %"bp", i64 %".138"
  %".140" = load <8 x float>, ptr %".139", align 32
  %".141" = add i64 %".137", 8
  %".142" = getelementptr inbounds float, ptr %"bp", i64 %".141"
  %".143" = load <8 x float>, ptr %".142", align 32
  %".144" = mul i64 %"k1", 6
  %".145" = add i64 %".144", 0
  %".146" = getelementptr inbounds float, ptr %"ap", i64 %".145"
  %".147" = load float, ptr %".146"
  %".148" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".147", i32 0
  %".149" = shufflevector <8 x float> %".148", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".150" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".149", <8 x float> %".140", <8 x float> %".133")
  %".151" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".149", <8 x float> %".143", <8 x float> %".134")
  %".152" = add i64 %".144", 1
  %".153" = getelementptr inbounds float, ptr %"ap", i64 %".152"
  %".154" = load float, ptr %".153"
  %".155" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".154", i32 0
  %".156" = shufflevector <8 x float> %".155", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".157" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".156", <8 x float> %".140", <8 x float> %".135")
  %".158" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".156", <8 x float> %".143", <8 x float> %".136")
  %".159" = add i64 %"k1", 1
  %".160" = icmp slt i64 %".159", %"kc"
  br i1 %".160", label %"rem", label %"tail"
tail:
  %".162" = phi  <8 x float> [%".127", %"mid"], [%".150", %"rem"]
  %".163" = phi  <8 x float> [%".128", %"mid"], [%".151", %"rem"]
  %".164" = phi  <8 x float> [%".129", %"mid"], [%".157", %"rem"]
  %".165" = phi  <8 x float> [%".130", %"mid"], [%".158", %"rem"]
  br i1 %"epi", label %"tail.if", label %"tail.else"
tail.if:
  %".167" = icmp eq i64 %"mr", 2
  %".168" = icmp eq i64 %"nr", 16
  %".169" = and i1 %".167", %".168"
  br i1 %".169", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".408" = icmp eq i64 %"mr", 2
  %".409" = icmp eq i64 %"nr", 16
  %".410" = and i1 %".408", %".409"
  br i1 %".410", label %"tail.else.if", label %"tail.else.else"
tail.endif:
  ret void
tail.if.if:
  br i1 %"first", label %"tail.if.if.if", label %"tail.if.if.else"
tail.if.else:
  %".319" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".320" = shufflevector <8 x i64> %".319", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".321" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".320"
  %".322" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".320"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row1" i64 2, label %"row0"]
tail.if.endif:
  br label %"tail.endif"
tail.if.if.if:
  %".172" = mul i64 0, %"ldc"
  %".173" = add i64 %".172", 0
  %".174" = getelementptr inbounds float, ptr %"c", i64 %".173"
  %".175" = getelementptr float, ptr %"ebias", i64 0
  %".176" = load float, ptr %".175"
  %".177" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".176", i32 0
  %".178" = shufflevector <8 x float> %".177", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".179" = fadd <8 x float> %".162", %".178"
  %".180" = mul i64 0, %"eldr"
  %".181" = add i64 %".180", 0
  %".182" = getelementptr float, ptr %"eres", i64 %".181"
  %".183" = load <8 x float>, ptr %".182", align 4
  %".184" = fadd <8 x float> %".179", %".183"
  %".185" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".186" = shufflevector <8 x float> %".185", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".187" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".184", <8 x float> %".186")
  store <8 x float> %".187", ptr %".174", align 4
  %".189" = mul i64 0, %"ldc"
  %".190" = add i64 %".189", 8
  %".191" = getelementptr inbounds float, ptr %"c", i64 %".190"
  %".192" = getelementptr float, ptr %"ebias", i64 0
  %".193" = load float, ptr %".192"
  %".194" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".193", i32 0
  %".195" = shufflevector <8 x float> %".194", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".196" = fadd <8 x float> %".163", %".195"
  %".197" = mul i64 0, %"eldr"
  %".198" = add i64 %".197", 8
  %".199" = getelementptr float, ptr %"eres", i64 %".198"
  %".200" = load <8 x float>, ptr %".199", align 4
  %".201" = fadd <8 x float> %".196", %".200"
  %".202" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".203" = shufflevector <8 x float> %".202", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".204" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".201", <8 x float> %".203")
  store <8 x float> %".204", ptr %".191", align 4
  %".206" = mul i64 1, %"ldc"
  %".207" = add i64 %".206", 0
  %".208" = getelementptr inbounds float, ptr %"c", i64 %".207"
  %".209" = getelementptr float, ptr %"ebias", i64 1
  %".210" = load float, ptr %".209"
  %".211" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".210", i32 0
  %".212" = shufflevector <8 x float> %".211", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".213" = fadd <8 x float> %".164", %".212"
  %".214" = mul i64 1, %"eldr"
  %".215" = add i64 %".214", 0
  %".216" = getelementptr float, ptr %"eres", i64 %".215"
  %".217" = load <8 x float>, ptr %".216", align 4
  %".218" = fadd <8 x float> %".213", %".217"
  %".219" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".220" = shufflevector <8 x float> %".219", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".221" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".218", <8 x float> %".220")
  store <8 x float> %".221", ptr %".208", align 4
  %".223" = mul i64 1, %"ldc"
  %".224" = add i64 %".223", 8
  %".225" = getelementptr inbounds float, ptr %"c", i64 %".224"
  %".226" = getelementptr float, ptr %"ebias", i64 1
  %".227" = load float, ptr %".226"
  %".228" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".227", i32 0
  %".229" = shufflevector <8 x float> %".228", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".230" = fadd <8 x float> %".165", %".229"
  %".231" = mul i64 1, %"eldr"
  %".232" = add i64 %".231", 8
  %".233" = getelementptr float, ptr %"eres", i64 %".232"
  %".234" = load <8 x float>, ptr %".233", align 4
  %".235" = fadd <8 x float> %".230", %".234"
  %".236" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".237" = shufflevector <8 x float> %".236", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".238" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".235", <8 x float> %".237")
  store <8 x float> %".238", ptr %".225", align 4
  br label %"tail.if.if.endif"
tail.if.if.else:
  %".241" = mul i64 0, %"ldc"
  %".242" = add i64 %".241", 0
  %".243" = getelementptr inbounds float, ptr %"c", i64 %".242"
  %".244" = load <8 x float>, ptr %".243", align 4
  %".245" = fadd reassoc contract nsz <8 x float> %".244", %".162"
  %".246" = getelementptr float, ptr %"ebias", i64 0
  %".247" = load float, ptr %".246"
  %".248" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".247", i32 0
  %".249" = shufflevector <8 x float> %".248", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".250" = fadd <8 x float> %".245", %".249"
  %".251" = mul i64 0, %"eldr"
  %".252" = add i64 %".251", 0
  %".253" = getelementptr float, ptr %"eres", i64 %".252"
  %".254" = load <8 x float>, ptr %".253", align 4
  %".255" = fadd <8 x float> %".250", %".254"
  %".256" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".257" = shufflevector <8 x float> %".256", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".258" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".255", <8 x float> %".257")
  store <8 x float> %".258", ptr %".243", align 4
  %".260" = mul i64 0, %"ldc"
  %".261" = add i64 %".260", 8
  %".262" = getelementptr inbounds float, ptr %"c", i64 %".261"
  %".263" = load <8 x float>, ptr %".262", align 4
  %".264" = fadd reassoc contract nsz <8 x float> %".263", %".163"
  %".265" = getelementptr float, ptr %"ebias", i64 0
  %".266" = load float, ptr %".265"
  %".267" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".266", i32 0
  %".268" = shufflevector <8 x float> %".267", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".269" = fadd <8 x float> %".264", %".268"
  %".270" = mul i64 0, %"eldr"
  %".271" = add i64 %".270", 8
  %".272" = getelementptr float, ptr %"eres", i64 %".271"
  %".273" = load <8 x float>, ptr %".272", align 4
  %".274" = fadd <8 x float> %".269", %".273"
  %".275" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".276" = shufflevector <8 x float> %".275", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".274", <8 x float> %".276")
  store <8 x float> %".277", ptr %".262", align 4
  %".279" = mul i64 1, %"ldc"
  %".280" = add i64 %".279", 0
  %".281" = getelementptr inbounds float, ptr %"c", i64 %".280"
  %".282" = load <8 x float>, ptr %".281", align 4
  %".283" = fadd reassoc contract nsz <8 x float> %".282", %".164"
  %".284" = getelementptr float, ptr %"ebias", i64 1
  %".285" = load float, ptr %".284"
  %".286" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".285", i32 0
  %".287" = shufflevector <8 x float> %".286", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".288" = fadd <8 x float> %".283", %".287"
  %".289" = mul i64 1, %"eldr"
  %".290" = add i64 %".289", 0
  %".291" = getelementptr float, ptr %"eres", i64 %".290"
  %".292" = load <8 x float>, ptr %".291", align 4
  %".293" = fadd <8 x float> %".288", %".292"
  %".294" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".295" = shufflevector <8 x float> %".294", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".296" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".293", <8 x float> %".295")
  store <8 x float> %".296", ptr %".281", align 4
  %".298" = mul i64 1, %"ldc"
  %".299" = add i64 %".298", 8
  %".300" = getelementptr inbounds float, ptr %"c", i64 %".299"
  %".301" = load <8 x float>, ptr %".300", align 4
  %".302" = fadd reassoc contract nsz <8 x float> %".301", %".165"
  %".303" = getelementptr float, ptr %"ebias", i64 1
  %".304" = load float, ptr %".303"
  %".305" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".304", i32 0
  %".306" = shufflevector <8 x float> %".305", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".307" = fadd <8 x float> %".302", %".306"
  %".308" = mul i64 1, %"eldr"
  %".309" = add i64 %".308", 8
  %".310" = getelementptr float, ptr %"eres", i64 %".309"
  %".311" = load <8 x float>, ptr %".310", align 4
  %".312" = fadd <8 x float> %".307", %".311"
  %".313" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".314" = shufflevector <8 x float> %".313", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".315" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".312", <8 x float> %".314")
  store <8 x float> %".315", ptr %".300", align 4
  br label %"tail.if.if.endif"
tail.if.if.endif:
  br label %"tail.if.endif"
rows.done:
  br label %"tail.if.endif"
row0:
  %".324" = mul i64 1, %"ldc"
  %".325" = add i64 %".324", 0
  %".326" = getelementptr inbounds float, ptr %"c", i64 %".325"
  %".327" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".326", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".328" = fadd reassoc contract nsz <8 x float> %".327", %".164"
  %".329" = select  i1 %"first", <8 x float> %".164", <8 x float> %".328"
  %".330" = getelementptr float, ptr %"ebias", i64 1
  %".331" = load float, ptr %".330"
  %".332" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".331", i32 0
  %".333" = shufflevector <8 x float> %".332", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".334" = fadd <8 x float> %".329", %".333"
  %".335" = mul i64 1, %"eldr"
  %".336" = add i64 %".335", 0
  %".337" = getelementptr float, ptr %"eres", i64 %".336"
  %".338" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".337", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".339" = fadd <8 x float> %".334", %".338"
  %".340" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".341" = shufflevector <8 x float> %".340", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".342" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".339", <8 x float> %".341")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".342", ptr %".326", i32 4, <8 x i1> %".321")
  %".344" = mul i64 1, %"ldc"
  %".345" = add i64 %".344", 8
  %".346" = getelementptr inbounds float, ptr %"c", i64 %".345"
  %".347" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".346", i32 4, <8 x i1> %".322", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".348" = fadd reassoc contract nsz <8 x float> %".347", %".165"
  %".349" = select  i1 %"first", <8 x float> %".165", <8 x float> %".348"
  %".350" = getelementptr float, ptr %"ebias", i64 1
  %".351" = load float, ptr %".350"
  %".352" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".351", i32 0
  %".353" = shufflevector <8 x float> %".352", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".354" = fadd <8 x float> %".349", %".353"
  %".355" = mul i64 1, %"eldr"
  %".356" = add i64 %".355", 8
  %".357" = getelementptr float, ptr %"eres", i64 %".356"
  %".358" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".357", i32 4, <8 x i1> %".322", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".359" = fadd <8 x float> %".354", %".358"
  %".360" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".361" = shufflevector <8 x float> %".360", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".362" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".359", <8 x float> %".361")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".362", ptr %".346", i32 4, <8 x i1> %".322")
  br label %"row1"
row1:
  %".365" = mul i64 0, %"ldc"
  %".366" = add i64 %".365", 0
  %".367" = getelementptr inbounds float, ptr %"c", i64 %".366"
  %".368" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".367", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".369" = fadd reassoc contract nsz <8 x float> %".368", %".162"
  %".370" = select  i1 %"first", <8 x float> %".162", <8 x float> %".369"
  %".371" = getelementptr float, ptr %"ebias", i64 0
  %".372" = load float, ptr %".371"
  %".373" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".372", i32 0
  %".374" = shufflevector <8 x float> %".373", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".375" = fadd <8 x float> %".370", %".374"
  %".376" = mul i64 0, %"eldr"
  %".377" = add i64 %".376", 0
  %".378" = getelementptr float, ptr %"eres", i64 %".377"
  %".379" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".378", i32 4, <8 x i1> %".321", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".380" = fadd <8 x float> %".375", %".379"
  %".381" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".382" = shufflevector <8 x float> %".381", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".383" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".380", <8 x float> %".382")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".383", ptr %".367", i32 4, <8 x i1> %".321")
  %".385" = mul i64 0, %"ldc"
  %".386" = add i64 %".385", 8
  %".387" = getelementptr inbounds float, ptr %"c", i64 %".386"
  %".388" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".387", i32 4, <8 x i1> %".322", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".389" = fadd reassoc contract nsz <8 x float> %".388", %".163"
  %".390" = select  i1 %"first", <8 x float> %".163", <8 x float> %".389"
  %".391" = getelementptr float, ptr %"ebias", i64 0
  %".392" = load float, ptr %".391"
  %".393" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".392", i32 0
  %".394" = shufflevector <8 x float> %".393", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".395" = fadd <8 x float> %".390", %".394"
  %".396" = mul i64 0, %"eldr"
  %".397" = add i64 %".396", 8
  %".398" = getelementptr float, ptr %"eres", i64 %".397"
  %".399" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".398", i32 4, <8 x i1> %".322", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".400" = fadd <8 x float> %".395", %".399"
  %".401" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".402" = shufflevector <8 x float> %".401", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".403" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".400", <8 x float> %".402")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".403", ptr %".387", i32 4, <8 x i1> %".322")
  br label %"rows.done"
tail.else.if:
  br i1 %"first", label %"tail.else.if.if", label %"tail.else.if.else"
tail.else.else:
  %".456" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".457" = shufflevector <8 x i64> %".456", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".458" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".457"
  %".459" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".457"
  switch i64 %"mr", label %"rows.done.1" [i64 1, label %"row1.1" i64 2, label %"row0.1"]
tail.else.endif:
  br label %"tail.endif"
tail.else.if.if:
  %".413" = mul i64 0, %"ldc"
  %".414" = add i64 %".413", 0
  %".415" = getelementptr inbounds float, ptr %"c", i64 %".414"
  store <8 x float> %".162", ptr %".415", align 4
  %".417" = mul i64 0, %"ldc"
  %".418" = add i64 %".417", 8
  %".419" = getelementptr inbounds float, ptr %"c", i64 %".418"
  store <8 x float> %".163", ptr %".419", align 4
  %".421" = mul i64 1, %"ldc"
  %".422" = add i64 %".421", 0
  %".423" = getelementptr inbounds float, ptr %"c", i64 %".422"
  store <8 x float> %".164", ptr %".423", align 4
  %".425" = mul i64 1, %"ldc"
  %".426" = add i64 %".425", 8
  %".427" = getelementptr inbounds float, ptr %"c", i64 %".426"
  store <8 x float> %".165", ptr %".427", align 4
  br label %"tail.else.if.endif"
tail.else.if.else:
  %".430" = mul i64 0, %"ldc"
  %".431" = add i64 %".430", 0
  %".432" = getelementptr inbounds float, ptr %"c", i64 %".431"
  %".433" = load <8 x float>, ptr %".432", align 4
  %".434" = fadd reassoc contract nsz <8 x float> %".433", %".162"
  store <8 x float> %".434", ptr %".432", align 4
  %".436" = mul i64 0, %"ldc"
  %".437" = add i64 %".436", 8
  %".438" = getelementptr inbounds float, ptr %"c", i64 %".437"
  %".439" = load <8 x float>, ptr %".438", align 4
  %".440" = fadd reassoc contract nsz <8 x float> %".439", %".163"
  store <8 x float> %".440", ptr %".438", align 4
  %".442" = mul i64 1, %"ldc"
  %".443" = add i64 %".442", 0
  %".444" = getelementptr inbounds float, ptr %"c", i64 %".443"
  %".445" = load <8 x float>, ptr %".444", align 4
  %".446" = fadd reassoc contract nsz <8 x float> %".445", %".164"
  store <8 x float> %".446", ptr %".444", align 4
  %".448" = mul i64 1, %"ldc"
  %".449" = add i64 %".448", 8
  %".450" = getelementptr inbounds float, ptr %"c", i64 %".449"
  %".451" = load <8 x float>, ptr %".450", align 4
  %".452" = fadd reassoc contract nsz <8 x float> %".451", %".165"
  store <8 x float> %".452", ptr %".450", align 4
  br label %"tail.else.if.endif"
tail.else.if.endif:
  br label %"tail.else.endif"
rows.done.1:
  br label %"tail.else.endif"
row0.1:
  %".461" = mul i64 1, %"ldc"
  %".462" = add i64 %".461", 0
  %".463" = getelementptr inbounds float, ptr %"c", i64 %".462"
  %".464" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".463", i32 4, <8 x i1> %".458", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".465" = fadd reassoc contract nsz <8 x float> %".464", %".164"
  %".466" = select  i1 %"first", <8 x float> %".164", <8 x float> %".465"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".466", ptr %".463", i32 4, <8 x i1> %".458")
  %".468" = mul i64 1, %"ldc"
  %".469" = add i64 %".468", 8
  %".470" = getelementptr inbounds float, ptr %"c", i64 %".469"
  %".471" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".470", i32 4, <8 x i1> %".459", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".472" = fadd reassoc contract nsz <8 x float> %".471", %".165"
  %".473" = select  i1 %"first", <8 x float> %".165", <8 x float> %".472"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".473", ptr %".470", i32 4, <8 x i1> %".459")
  br label %"row1.1"
row1.1:
  %".476" = mul i64 0, %"ldc"
  %".477" = add i64 %".476", 0
  %".478" = getelementptr inbounds float, ptr %"c", i64 %".477"
  %".479" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".478", i32 4, <8 x i1> %".458", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".480" = fadd reassoc contract nsz <8 x float> %".479", %".162"
  %".481" = select  i1 %"first", <8 x float> %".162", <8 x float> %".480"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".481", ptr %".478", i32 4, <8 x i1> %".458")
  %".483" = mul i64 0, %"ldc"
  %".484" = add i64 %".483", 8
  %".485" = getelementptr inbounds float, ptr %"c", i64 %".484"
  %".486" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".485", i32 4, <8 x i1> %".459", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".487" = fadd reassoc contract nsz <8 x float> %".486", %".163"
  %".488" = select  i1 %"first", <8 x float> %".163", <8 x float> %".487"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".488", ptr %".485", i32 4, <8 x i1> %".459")
  br label %"rows.done.1"
}

define internal void @"gv_gemm_f32.ukernel4"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"ebias", ptr %"eres", i64 %"eldr", float %"elo", i1 %"epi")
{
entry:
  br i1 %"epi", label %"entry.if", label %"entry.endif"
entry.if:
  %".16" = mul i64 0, %"eldr"
  %".17" = getelementptr float, ptr %"eres", i64 %".16"
  %".18" = getelementptr i8, ptr %".17", i64 0
  call void @"llvm.prefetch.p0"(ptr %".18", i32 0, i32 3, i32 1)
  %".20" = getelementptr i8, ptr %".17", i64 63
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".22" = mul i64 1, %"eldr"
  %".23" = getelementptr float, ptr %"eres", i64 %".22"
  %".24" = getelementptr i8, ptr %".23", i64 0
  call void @"llvm.prefetch.p0"(ptr %".24", i32 0, i32 3, i32 1)
  %".26" = getelementptr i8, ptr %".23", i64 63
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = mul i64 2, %"eldr"
  %".29" = getelementptr float, ptr %"eres", i64 %".28"
  %".30" = getelementptr i8, ptr %".29", i64 0
  call void @"llvm.prefetch.p0"(ptr %".30", i32 0, i32 3, i32 1)
  %".32" = getelementptr i8, ptr %".29", i64 63
  call void @"llvm.prefetch.p0"(ptr %".32", i32 0, i32 3, i32 1)
  %".34" = mul i64 3, %"eldr"
  %".35" = getelementptr float, ptr %"eres", i64 %".34"
  %".36" = getelementptr i8, ptr %".35", i64 0
  call void @"llvm.prefetch.p0"(ptr %".36", i32 0, i32 3, i32 1)
  %".38" = getelementptr i8, ptr %".35", i64 63
  call void @"llvm.prefetch.p0"(ptr %".38", i32 0, i32 3, i32 1)
  br label %"entry.endif"
entry.endif:
  %".41" = and i64 %"kc", -4
  %".42" = icmp sgt i64 %".41", 0
  br i1 %".42", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry.endif"], [%".192", %"main"]
  %"acc0" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".169", %"main"]
  %"acc1" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".170", %"main"]
  %"acc2" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".176", %"main"]
  %"acc3" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".177", %"main"]
  %"acc4" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".183", %"main"]
  %"acc5" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".184", %"main"]
  %"acc6" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".190", %"main"]
  %"acc7" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".191", %"main"]
  %".44" = add i64 %"k", 0
  %".45" = mul i64 %".44", 16
  %".46" = add i64 %".45", 0
  %".47" = getelementptr inbounds float, ptr %"bp", i64 %".46"
  %".48" = load <8 x float>, ptr %".47", align 32
  %".49" = add i64 %".45", 8
  %".50" = getelementptr inbounds float, ptr %"bp", i64 %".49"
  %".51" = load <8 x float>, ptr %".50", align 32
  %".52" = mul i64 %".44", 6
  %".53" = add i64 %".52", 0
  %".54" = getelementptr inbounds float, ptr %"ap", i64 %".53"
  %".55" = load float, ptr %".54"
  %".56" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".55", i32 0
  %".57" = shufflevector <8 x float> %".56", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".58" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".57", <8 x float> %".48", <8 x float> %"acc0")
  %".59" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".57", <8 x float> %".51", <8 x float> %"acc1")
  %".60" = add i64 %".52", 1
  %".61" = getelementptr inbounds float, ptr %"ap", i64 %".60"
  %".62" = load float, ptr %".61"
  %".63" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".62", i32 0
  %".64" = shufflevector <8 x float> %".63", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".65" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".64", <8 x float> %".48", <8 x float> %"acc2")
  %".66" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".64", <8 x float> %".51", <8 x float> %"acc3")
  %".67" = add i64 %".52", 2
  %".68" = getelementptr inbounds float, ptr %"ap", i64 %".67"
  %".69" = load float, ptr %".68"
  %".70" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".69", i32 0
  %".71" = shufflevector <8 x float> %".70", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".72" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".71", <8 x float> %".48", <8 x float> %"acc4")
  %".73" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".71", <8 x float> %".51", <8 x float> %"acc5")
  %".74" = add i64 %".52", 3
  %".75" = getelementptr inbounds float, ptr %"ap", i64 %".74"
  %".76" = load float, ptr %".75"
  %".77" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".76", i32 0
  %".78" = shufflevector <8 x float> %".77", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".79" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".48", <8 x float> %"acc6")
  %".80" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".51", <8 x float> %"acc7")
  %".81" = add i64 %"k", 1
  %".82" = mul i64 %".81", 16
  %".83" = add i64 %".82", 0
  %".84" = getelementptr inbounds float, ptr %"bp", i64 %".83"
  %".85" = load <8 x float>, ptr %".84", align 32
  %".86" = add i64 %".82", 8
  %".87" = getelementptr inbounds float, ptr %"bp", i64 %".86"
  %".88" = load <8 x float>, ptr %".87", align 32
  %".89" = mul i64 %".81", 6
  %".90" = add i64 %".89", 0
  %".91" = getelementptr inbounds float, ptr %"ap", i64 %".90"
  %".92" = load float, ptr %".91"
  %".93" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".92", i32 0
  %".94" = shufflevector <8 x float> %".93", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".95" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".85", <8 x float> %".58")
  %".96" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".88", <8 x float> %".59")
  %".97" = add i64 %".89", 1
  %".98" = getelementptr inbounds float, ptr %"ap", i64 %".97"
  %".99" = load float, ptr %".98"
  %".100" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".99", i32 0
  %".101" = shufflevector <8 x float> %".100", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".102" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".85", <8 x float> %".65")
  %".103" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".88", <8 x float> %".66")
  %".104" = add i64 %".89", 2
  %".105" = getelementptr inbounds float, ptr %"ap", i64 %".104"
  %".106" = load float, ptr %".105"
  %".107" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".106", i32 0
  %".108" = shufflevector <8 x float> %".107", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".109" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".108", <8 x float> %".85", <8 x float> %".72")
  %".110" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".108", <8 x float> %".88", <8 x float> %".73")
  %".111" = add i64 %".89", 3
  %".112" = getelementptr inbounds float, ptr %"ap", i64 %".111"
  %".113" = load float, ptr %".112"
  %".114" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".113", i32 0
  %".115" = shufflevector <8 x float> %".114", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".116" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".115", <8 x float> %".85", <8 x float> %".79")
  %".117" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".115", <8 x float> %".88", <8 x float> %".80")
  %".118" = add i64 %"k", 2
  %".119" = mul i64 %".118", 16
  %".120" = add i64 %".119", 0
  %".121" = getelementptr inbounds float, ptr %"bp", i64 %".120"
  %".122" = load <8 x float>, ptr %".121", align 32
  %".123" = add i64 %".119", 8
  %".124" = getelementptr inbounds float, ptr %"bp", i64 %".123"
  %".125" = load <8 x float>, ptr %".124", align 32
  %".126" = mul i64 %".118", 6
  %".127" = add i64 %".126", 0
  %".128" = getelementptr inbounds float, ptr %"ap", i64 %".127"
  %".129" = load float, ptr %".128"
  %".130" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".129", i32 0
  %".131" = shufflevector <8 x float> %".130", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".132" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".131", <8 x float> %".122", <8 x float> %".95")
  %".133" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".131", <8 x float> %".125", <8 x float> %".96")
  %".134" = add i64 %".126", 1
  %".135" = getelementptr inbounds float, ptr %"ap", i64 %".134"
  %".136" = load float, ptr %".135"
  %".137" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".136", i32 0
  %".138" = shufflevector <8 x float> %".137", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".139" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".138", <8 x float> %".122", <8 x float> %".102")
  %".140" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".138", <8 x float> %".125", <8 x float> %".103")
  %".141" = add i64 %".126", 2
  %".142" = getelementptr inbounds float, ptr %"ap", i64 %".141"
  %".143" = load float, ptr %".142"
  %".144" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".143", i32 0
  %".145" = shufflevector <8 x float> %".144", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".146" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".145", <8 x float> %".122", <8 x float> %".109")
  %".147" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".145", <8 x float> %".125", <8 x float> %".110")
  %".148" = add i64 %".126", 3
  %".149" = getelementptr inbounds float, ptr %"ap", i64 %".148"
  %".150" = load float, ptr %".149"
  %".151" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".150", i32 0
  %".152" = shufflevector <8 x float> %".151", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".153" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".152", <8 x float> %".122", <8 x float> %".116")
  %".154" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".152", <8 x float> %".125", <8 x float> %".117")
  %".155" = add i64 %"k", 3
  %".156" = mul i64 %".155", 16
  %".157" = add i64 %".156", 0
  %".158" = getelementptr inbounds float, ptr %"bp", i64 %".157"
  %".159" = load <8 x float>, ptr %".158", align 32
  %".160" = add i64 %".156", 8
  %".161" = getelementptr inbounds float, ptr %"bp", i64 %".160"
  %".162" = load <8 x float>, ptr %".161", align 32
  %".163" = mul i64 %".155", 6
  %".164" = add i64 %".163", 0
  %".165" = getelementptr inbounds float, ptr %"ap", i64 %".164"
  %".166" = load float, ptr %".165"
  %".167" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".166", i32 0
  %".168" = shufflevector <8 x float> %".167", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".169" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".168", <8 x float> %".159", <8 x float> %".132")
  %".170" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".168", <8 x float> %".162", <8 x float> %".133")
  %".171" = add i64 %".163", 1
  %".172" = getelementptr inbounds float, ptr %"ap", i64 %".171"
  %".173" = load float, ptr %".172"
  %".174" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".173", i32 0
  %".175" = shufflevector <8 x float> %".174", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".176" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".175", <8 x float> %".159", <8 x float> %".139")
  %".177" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".175", <8 x float> %".162", <8 x float> %".140")
  %".178" = add i64 %".163", 2
  %".179" = getelementptr inbounds float, ptr %"ap", i64 %".178"
  %".180" = load float, ptr %".179"
  %".181" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".180", i32 0
  %".182" = shufflevector <8 x float> %".181", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".183" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".182", <8 x float> %".159", <8 x float> %".146")
  %".184" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".182", <8 x float> %".162", <8 x float> %".147")
  %".185" = add i64 %".163", 3
  %".186" = getelementptr inbounds float, ptr %"ap", i64 %".185"
  %".187" = load float, ptr %".186"
  %".188" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".187", i32 0
  %".189" = shufflevector <8 x float> %".188", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".190" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".189", <8 x float> %".159", <8 x float> %".153")
  %".191" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".189", <8 x float> %".162", <8 x float> %".154")
  %".192" = add i64 %"k", 4
  %".193" = icmp slt i64 %".192", %".41"
  br i1 %".193", label %"main", label %"mid"
mid:
  %".195" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".169", %"main"]
  %".196" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".170", %"main"]
  %".197" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".176", %"main"]
  %".198" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".177", %"main"]
  %".199" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".183", %"main"]
  %".200" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".184", %"main"]
  %".201" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".190", %"main"]
  %".202" = phi  <8 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry.endif"], [%".191", %"main"]
  %".203" = icmp slt i64 %".41", %"kc"
  br i1 %".203", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".41", %"mid"], [%".249", %"rem"]
  %".205" = phi  <8 x float> [%".195", %"mid"], [%".226", %"rem"]
  %".206" = phi  <8 x float> [%".196", %"mid"], [%".227", %"rem"]
  %".207" = phi  <8 x float> [%".197", %"mid"], [%".233", %"rem"]
  %".208" = phi  <8 x float> [%".198", %"mid"], [%".234", %"rem"]
  %".209" = phi  <8 x float> [%".199", %"mid"], [%".240", %"rem"]
  %".210" = phi  <8 x float> [%".200", %"mid"], [%".241", %"rem"]
  %".211" = phi  <8 x float> [%".201", %"mid"], [%".247", %"rem"]
  %".212" = phi  <8 x float> [%".202", %"mid"], [%".248", %"rem"]
  %".213" = mul i64 %"k1", 16
  %".214" = add i64 %".213", 0
  %".215" = getelementptr inbounds float, ptr %"bp", i64 %".214"
  %".216" = load <8 x float>, ptr %".215", align 32
  %".217" = add i64 %".213", 8
  %".218" = getelementptr inbounds float, ptr %"bp", i64 %".217"
  %".219" = load <8 x float>, ptr %".218", align 32
  %".220" = mul i64 %"k1", 6
  %".221" = add i64 %".220", 0
  %".222" = getelementptr inbounds float, ptr %"ap", i64 %".221"
  %".223" = load float, ptr %".222"
  %".224" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".223", i32 0
  %".225" = shufflevector <8 x float> %".224", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".226" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".225", <8 x float> %".216", <8 x float> %".205")
  %".227" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".225", <8 x float> %".219", <8 x float> %".206")
  %".228" = add i64 %".220", 1
  %".229" = getelementptr inbounds float, ptr %"ap", i64 %".228"
  %".230" = load float, ptr %".229"
  %".231" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".230", i32 0
  %".232" = shufflevector <8 x float> %".231", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".233" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".232", <8 x float> %".216", <8 x float> %".207")
  %".234" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".232", <8 x float> %".219", <8 x float> %".208")
  %".235" = add i64 %".220", 2
  %".236" = getelementptr inbounds float, ptr %"ap", i64 %".235"
  %".237" = load float, ptr %".236"
  %".238" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".237", i32 0
  %".239" = shufflevector <8 x float> %".238", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".240" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".239", <8 x float> %".216", <8 x float> %".209")
  %".241" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".239", <8 x float> %".219", <8 x float> %".210")
  %".242" = add i64 %".220", 3
  %".243" = getelementptr inbounds float, ptr %"ap", i64 %".242"
  %".244" = load float, ptr %".243"
  %".245" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".244", i32 0
  %".246" = shufflevector <8 x float> %".245", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".247" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".246", <8 x float> %".216", <8 x float> %".211")
  %".248" = call <8 x float> @"llvm.fma.v8f32"(<8 x float> %".246", <8 x float> %".219", <8 x float> %".212")
  %".249" = add i64 %"k1", 1
  %".250" = icmp slt i64 %".249", %"kc"
  br i1 %".250", label %"rem", label %"tail"
tail:
  %".252" = phi  <8 x float> [%".195", %"mid"], [%".226", %"rem"]
  %".253" = phi  <8 x float> [%".196", %"mid"], [%".227", %"rem"]
  %".254" = phi  <8 x float> [%".197", %"mid"], [%".233", %"rem"]
  %".255" = phi  <8 x float> [%".198", %"mid"], [%".234", %"rem"]
  %".256" = phi  <8 x float> [%".199", %"mid"], [%".240", %"rem"]
  %".257" = phi  <8 x float> [%".200", %"mid"], [%".241", %"rem"]
  %".258" = phi  <8 x float> [%".201", %"mid"], [%".247", %"rem"]
  %".259" = phi  <8 x float> [%".202", %"mid"], [%".248", %"rem"]
  br i1 %"epi", label %"tail.if", label %"tail.else"
tail.if:
  %".261" = icmp eq i64 %"mr", 4
  %".262" = icmp eq i64 %"nr", 16
  %".263" = and i1 %".261", %".262"
  br i1 %".263", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".728" = icmp eq i64 %"mr", 4
  %".729" = icmp eq i64 %"nr", 16
  %".730" = and i1 %".728", %".729"
  br i1 %".730", label %"tail.else.if", label %"tail.else.else"
tail.endif:
  ret void
tail.if.if:
  br i1 %"first", label %"tail.if.if.if", label %"tail.if.if.else"
tail.if.else:
  %".557" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".558" = shufflevector <8 x i64> %".557", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".559" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".558"
  %".560" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".558"
  switch i64 %"mr", label %"rows.done" [i64 1, label %"row3" i64 2, label %"row2" i64 3, label %"row1" i64 4, label %"row0"]
tail.if.endif:
  br label %"tail.endif"
tail.if.if.if:
  %".266" = mul i64 0, %"ldc"
  %".267" = add i64 %".266", 0
  %".268" = getelementptr inbounds float, ptr %"c", i64 %".267"
  %".269" = getelementptr float, ptr %"ebias", i64 0
  %".270" = load float, ptr %".269"
  %".271" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".270", i32 0
  %".272" = shufflevector <8 x float> %".271", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".273" = fadd <8 x float> %".252", %".272"
  %".274" = mul i64 0, %"eldr"
  %".275" = add i64 %".274", 0
  %".276" = getelementptr float, ptr %"eres", i64 %".275"
  %".277" = load <8 x float>, ptr %".276", align 4
  %".278" = fadd <8 x float> %".273", %".277"
  %".279" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".280" = shufflevector <8 x float> %".279", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".281" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".278", <8 x float> %".280")
  store <8 x float> %".281", ptr %".268", align 4
  %".283" = mul i64 0, %"ldc"
  %".284" = add i64 %".283", 8
  %".285" = getelementptr inbounds float, ptr %"c", i64 %".284"
  %".286" = getelementptr float, ptr %"ebias", i64 0
  %".287" = load float, ptr %".286"
  %".288" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".287", i32 0
  %".289" = shufflevector <8 x float> %".288", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".290" = fadd <8 x float> %".253", %".289"
  %".291" = mul i64 0, %"eldr"
  %".292" = add i64 %".291", 8
  %".293" = getelementptr float, ptr %"eres", i64 %".292"
  %".294" = load <8 x float>, ptr %".293", align 4
  %".295" = fadd <8 x float> %".290", %".294"
  %".296" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".297" = shufflevector <8 x float> %".296", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".298" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".295", <8 x float> %".297")
  store <8 x float> %".298", ptr %".285", align 4
  %".300" = mul i64 1, %"ldc"
  %".301" = add i64 %".300", 0
  %".302" = getelementptr inbounds float, ptr %"c", i64 %".301"
  %".303" = getelementptr float, ptr %"ebias", i64 1
  %".304" = load float, ptr %".303"
  %".305" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".304", i32 0
  %".306" = shufflevector <8 x float> %".305", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".307" = fadd <8 x float> %".254", %".306"
  %".308" = mul i64 1, %"eldr"
  %".309" = add i64 %".308", 0
  %".310" = getelementptr float, ptr %"eres", i64 %".309"
  %".311" = load <8 x float>, ptr %".310", align 4
  %".312" = fadd <8 x float> %".307", %".311"
  %".313" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".314" = shufflevector <8 x float> %".313", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".315" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".312", <8 x float> %".314")
  store <8 x float> %".315", ptr %".302", align 4
  %".317" = mul i64 1, %"ldc"
  %".318" = add i64 %".317", 8
  %".319" = getelementptr inbounds float, ptr %"c", i64 %".318"
  %".320" = getelementptr float, ptr %"ebias", i64 1
  %".321" = load float, ptr %".320"
  %".322" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".321", i32 0
  %".323" = shufflevector <8 x float> %".322", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".324" = fadd <8 x float> %".255", %".323"
  %".325" = mul i64 1, %"eldr"
  %".326" = add i64 %".325", 8
  %".327" = getelementptr float, ptr %"eres", i64 %".326"
  %".328" = load <8 x float>, ptr %".327", align 4
  %".329" = fadd <8 x float> %".324", %".328"
  %".330" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".331" = shufflevector <8 x float> %".330", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".332" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".329", <8 x float> %".331")
  store <8 x float> %".332", ptr %".319", align 4
  %".334" = mul i64 2, %"ldc"
  %".335" = add i64 %".334", 0
  %".336" = getelementptr inbounds float, ptr %"c", i64 %".335"
  %".337" = getelementptr float, ptr %"ebias", i64 2
  %".338" = load float, ptr %".337"
  %".339" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".338", i32 0
  %".340" = shufflevector <8 x float> %".339", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".341" = fadd <8 x float> %".256", %".340"
  %".342" = mul i64 2, %"eldr"
  %".343" = add i64 %".342", 0
  %".344" = getelementptr float, ptr %"eres", i64 %".343"
  %".345" = load <8 x float>, ptr %".344", align 4
  %".346" = fadd <8 x float> %".341", %".345"
  %".347" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".348" = shufflevector <8 x float> %".347", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".349" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".346", <8 x float> %".348")
  store <8 x float> %".349", ptr %".336", align 4
  %".351" = mul i64 2, %"ldc"
  %".352" = add i64 %".351", 8
  %".353" = getelementptr inbounds float, ptr %"c", i64 %".352"
  %".354" = getelementptr float, ptr %"ebias", i64 2
  %".355" = load float, ptr %".354"
  %".356" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".355", i32 0
  %".357" = shufflevector <8 x float> %".356", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".358" = fadd <8 x float> %".257", %".357"
  %".359" = mul i64 2, %"eldr"
  %".360" = add i64 %".359", 8
  %".361" = getelementptr float, ptr %"eres", i64 %".360"
  %".362" = load <8 x float>, ptr %".361", align 4
  %".363" = fadd <8 x float> %".358", %".362"
  %".364" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".365" = shufflevector <8 x float> %".364", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".366" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".363", <8 x float> %".365")
  store <8 x float> %".366", ptr %".353", align 4
  %".368" = mul i64 3, %"ldc"
  %".369" = add i64 %".368", 0
  %".370" = getelementptr inbounds float, ptr %"c", i64 %".369"
  %".371" = getelementptr float, ptr %"ebias", i64 3
  %".372" = load float, ptr %".371"
  %".373" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".372", i32 0
  %".374" = shufflevector <8 x float> %".373", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".375" = fadd <8 x float> %".258", %".374"
  %".376" = mul i64 3, %"eldr"
  %".377" = add i64 %".376", 0
  %".378" = getelementptr float, ptr %"eres", i64 %".377"
  %".379" = load <8 x float>, ptr %".378", align 4
  %".380" = fadd <8 x float> %".375", %".379"
  %".381" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".382" = shufflevector <8 x float> %".381", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".383" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".380", <8 x float> %".382")
  store <8 x float> %".383", ptr %".370", align 4
  %".385" = mul i64 3, %"ldc"
  %".386" = add i64 %".385", 8
  %".387" = getelementptr inbounds float, ptr %"c", i64 %".386"
  %".388" = getelementptr float, ptr %"ebias", i64 3
  %".389" = load float, ptr %".388"
  %".390" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".389", i32 0
  %".391" = shufflevector <8 x float> %".390", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".392" = fadd <8 x float> %".259", %".391"
  %".393" = mul i64 3, %"eldr"
  %".394" = add i64 %".393", 8
  %".395" = getelementptr float, ptr %"eres", i64 %".394"
  %".396" = load <8 x float>, ptr %".395", align 4
  %".397" = fadd <8 x float> %".392", %".396"
  %".398" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".399" = shufflevector <8 x float> %".398", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".400" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".397", <8 x float> %".399")
  store <8 x float> %".400", ptr %".387", align 4
  br label %"tail.if.if.endif"
tail.if.if.else:
  %".403" = mul i64 0, %"ldc"
  %".404" = add i64 %".403", 0
  %".405" = getelementptr inbounds float, ptr %"c", i64 %".404"
  %".406" = load <8 x float>, ptr %".405", align 4
  %".407" = fadd reassoc contract nsz <8 x float> %".406", %".252"
  %".408" = getelementptr float, ptr %"ebias", i64 0
  %".409" = load float, ptr %".408"
  %".410" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".409", i32 0
  %".411" = shufflevector <8 x float> %".410", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".412" = fadd <8 x float> %".407", %".411"
  %".413" = mul i64 0, %"eldr"
  %".414" = add i64 %".413", 0
  %".415" = getelementptr float, ptr %"eres", i64 %".414"
  %".416" = load <8 x float>, ptr %".415", align 4
  %".417" = fadd <8 x float> %".412", %".416"
  %".418" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".419" = shufflevector <8 x float> %".418", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".420" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".417", <8 x float> %".419")
  store <8 x float> %".420", ptr %".405", align 4
  %".422" = mul i64 0, %"ldc"
  %".423" = add i64 %".422", 8
  %".424" = getelementptr inbounds float, ptr %"c", i64 %".423"
  %".425" = load <8 x float>, ptr %".424", align 4
  %".426" = fadd reassoc contract nsz <8 x float> %".425", %".253"
  %".427" = getelementptr float, ptr %"ebias", i64 0
  %".428" = load float, ptr %".427"
  %".429" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".428", i32 0
  %".430" = shufflevector <8 x float> %".429", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".431" = fadd <8 x float> %".426", %".430"
  %".432" = mul i64 0, %"eldr"
  %".433" = add i64 %".432", 8
  %".434" = getelementptr float, ptr %"eres", i64 %".433"
  %".435" = load <8 x float>, ptr %".434", align 4
  %".436" = fadd <8 x float> %".431", %".435"
  %".437" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".438" = shufflevector <8 x float> %".437", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".439" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".436", <8 x float> %".438")
  store <8 x float> %".439", ptr %".424", align 4
  %".441" = mul i64 1, %"ldc"
  %".442" = add i64 %".441", 0
  %".443" = getelementptr inbounds float, ptr %"c", i64 %".442"
  %".444" = load <8 x float>, ptr %".443", align 4
  %".445" = fadd reassoc contract nsz <8 x float> %".444", %".254"
  %".446" = getelementptr float, ptr %"ebias", i64 1
  %".447" = load float, ptr %".446"
  %".448" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".447", i32 0
  %".449" = shufflevector <8 x float> %".448", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".450" = fadd <8 x float> %".445", %".449"
  %".451" = mul i64 1, %"eldr"
  %".452" = add i64 %".451", 0
  %".453" = getelementptr float, ptr %"eres", i64 %".452"
  %".454" = load <8 x float>, ptr %".453", align 4
  %".455" = fadd <8 x float> %".450", %".454"
  %".456" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".457" = shufflevector <8 x float> %".456", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".458" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".455", <8 x float> %".457")
  store <8 x float> %".458", ptr %".443", align 4
  %".460" = mul i64 1, %"ldc"
  %".461" = add i64 %".460", 8
  %".462" = getelementptr inbounds float, ptr %"c", i64 %".461"
  %".463" = load <8 x float>, ptr %".462", align 4
  %".464" = fadd reassoc contract nsz <8 x float> %".463", %".255"
  %".465" = getelementptr float, ptr %"ebias", i64 1
  %".466" = load float, ptr %".465"
  %".467" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".466", i32 0
  %".468" = shufflevector <8 x float> %".467", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".469" = fadd <8 x float> %".464", %".468"
  %".470" = mul i64 1, %"eldr"
  %".471" = add i64 %".470", 8
  %".472" = getelementptr float, ptr %"eres", i64 %".471"
  %".473" = load <8 x float>, ptr %".472", align 4
  %".474" = fadd <8 x float> %".469", %".473"
  %".475" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".476" = shufflevector <8 x float> %".475", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".477" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".474", <8 x float> %".476")
  store <8 x float> %".477", ptr %".462", align 4
  %".479" = mul i64 2, %"ldc"
  %".480" = add i64 %".479", 0
  %".481" = getelementptr inbounds float, ptr %"c", i64 %".480"
  %".482" = load <8 x float>, ptr %".481", align 4
  %".483" = fadd reassoc contract nsz <8 x float> %".482", %".256"
  %".484" = getelementptr float, ptr %"ebias", i64 2
  %".485" = load float, ptr %".484"
  %".486" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".485", i32 0
  %".487" = shufflevector <8 x float> %".486", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".488" = fadd <8 x float> %".483", %".487"
  %".489" = mul i64 2, %"eldr"
  %".490" = add i64 %".489", 0
  %".491" = getelementptr float, ptr %"eres", i64 %".490"
  %".492" = load <8 x float>, ptr %".491", align 4
  %".493" = fadd <8 x float> %".488", %".492"
  %".494" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".495" = shufflevector <8 x float> %".494", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".496" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".493", <8 x float> %".495")
  store <8 x float> %".496", ptr %".481", align 4
  %".498" = mul i64 2, %"ldc"
  %".499" = add i64 %".498", 8
  %".500" = getelementptr inbounds float, ptr %"c", i64 %".499"
  %".501" = load <8 x float>, ptr %".500", align 4
  %".502" = fadd reassoc contract nsz <8 x float> %".501", %".257"
  %".503" = getelementptr float, ptr %"ebias", i64 2
  %".504" = load float, ptr %".503"
  %".505" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".504", i32 0
  %".506" = shufflevector <8 x float> %".505", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".507" = fadd <8 x float> %".502", %".506"
  %".508" = mul i64 2, %"eldr"
  %".509" = add i64 %".508", 8
  %".510" = getelementptr float, ptr %"eres", i64 %".509"
  %".511" = load <8 x float>, ptr %".510", align 4
  %".512" = fadd <8 x float> %".507", %".511"
  %".513" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".514" = shufflevector <8 x float> %".513", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".515" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".512", <8 x float> %".514")
  store <8 x float> %".515", ptr %".500", align 4
  %".517" = mul i64 3, %"ldc"
  %".518" = add i64 %".517", 0
  %".519" = getelementptr inbounds float, ptr %"c", i64 %".518"
  %".520" = load <8 x float>, ptr %".519", align 4
  %".521" = fadd reassoc contract nsz <8 x float> %".520", %".258"
  %".522" = getelementptr float, ptr %"ebias", i64 3
  %".523" = load float, ptr %".522"
  %".524" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".523", i32 0
  %".525" = shufflevector <8 x float> %".524", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".526" = fadd <8 x float> %".521", %".525"
  %".527" = mul i64 3, %"eldr"
  %".528" = add i64 %".527", 0
  %".529" = getelementptr float, ptr %"eres", i64 %".528"
  %".530" = load <8 x float>, ptr %".529", align 4
  %".531" = fadd <8 x float> %".526", %".530"
  %".532" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".533" = shufflevector <8 x float> %".532", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".534" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".531", <8 x float> %".533")
  store <8 x float> %".534", ptr %".519", align 4
  %".536" = mul i64 3, %"ldc"
  %".537" = add i64 %".536", 8
  %".538" = getelementptr inbounds float, ptr %"c", i64 %".537"
  %".539" = load <8 x float>, ptr %".538", align 4
  %".540" = fadd reassoc contract nsz <8 x float> %".539", %".259"
  %".541" = getelementptr float, ptr %"ebias", i64 3
  %".542" = load float, ptr %".541"
  %".543" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".542", i32 0
  %".544" = shufflevector <8 x float> %".543", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".545" = fadd <8 x float> %".540", %".544"
  %".546" = mul i64 3, %"eldr"
  %".547" = add i64 %".546", 8
  %".548" = getelementptr float, ptr %"eres", i64 %".547"
  %".549" = load <8 x float>, ptr %".548", align 4
  %".550" = fadd <8 x float> %".545", %".549"
  %".551" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".552" = shufflevector <8 x float> %".551", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".553" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".550", <8 x float> %".552")
  store <8 x float> %".553", ptr %".538", align 4
  br label %"tail.if.if.endif"
tail.if.if.endif:
  br label %"tail.if.endif"
rows.done:
  br label %"tail.if.endif"
row0:
  %".562" = mul i64 3, %"ldc"
  %".563" = add i64 %".562", 0
  %".564" = getelementptr inbounds float, ptr %"c", i64 %".563"
  %".565" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".564", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".566" = fadd reassoc contract nsz <8 x float> %".565", %".258"
  %".567" = select  i1 %"first", <8 x float> %".258", <8 x float> %".566"
  %".568" = getelementptr float, ptr %"ebias", i64 3
  %".569" = load float, ptr %".568"
  %".570" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".569", i32 0
  %".571" = shufflevector <8 x float> %".570", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".572" = fadd <8 x float> %".567", %".571"
  %".573" = mul i64 3, %"eldr"
  %".574" = add i64 %".573", 0
  %".575" = getelementptr float, ptr %"eres", i64 %".574"
  %".576" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".575", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".577" = fadd <8 x float> %".572", %".576"
  %".578" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".579" = shufflevector <8 x float> %".578", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".580" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".577", <8 x float> %".579")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".580", ptr %".564", i32 4, <8 x i1> %".559")
  %".582" = mul i64 3, %"ldc"
  %".583" = add i64 %".582", 8
  %".584" = getelementptr inbounds float, ptr %"c", i64 %".583"
  %".585" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".584", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".586" = fadd reassoc contract nsz <8 x float> %".585", %".259"
  %".587" = select  i1 %"first", <8 x float> %".259", <8 x float> %".586"
  %".588" = getelementptr float, ptr %"ebias", i64 3
  %".589" = load float, ptr %".588"
  %".590" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".589", i32 0
  %".591" = shufflevector <8 x float> %".590", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".592" = fadd <8 x float> %".587", %".591"
  %".593" = mul i64 3, %"eldr"
  %".594" = add i64 %".593", 8
  %".595" = getelementptr float, ptr %"eres", i64 %".594"
  %".596" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".595", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".597" = fadd <8 x float> %".592", %".596"
  %".598" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".599" = shufflevector <8 x float> %".598", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".600" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".597", <8 x float> %".599")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".600", ptr %".584", i32 4, <8 x i1> %".560")
  br label %"row1"
row1:
  %".603" = mul i64 2, %"ldc"
  %".604" = add i64 %".603", 0
  %".605" = getelementptr inbounds float, ptr %"c", i64 %".604"
  %".606" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".605", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".607" = fadd reassoc contract nsz <8 x float> %".606", %".256"
  %".608" = select  i1 %"first", <8 x float> %".256", <8 x float> %".607"
  %".609" = getelementptr float, ptr %"ebias", i64 2
  %".610" = load float, ptr %".609"
  %".611" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".610", i32 0
  %".612" = shufflevector <8 x float> %".611", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".613" = fadd <8 x float> %".608", %".612"
  %".614" = mul i64 2, %"eldr"
  %".615" = add i64 %".614", 0
  %".616" = getelementptr float, ptr %"eres", i64 %".615"
  %".617" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".616", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".618" = fadd <8 x float> %".613", %".617"
  %".619" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".620" = shufflevector <8 x float> %".619", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".621" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".618", <8 x float> %".620")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".621", ptr %".605", i32 4, <8 x i1> %".559")
  %".623" = mul i64 2, %"ldc"
  %".624" = add i64 %".623", 8
  %".625" = getelementptr inbounds float, ptr %"c", i64 %".624"
  %".626" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".625", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".627" = fadd reassoc contract nsz <8 x float> %".626", %".257"
  %".628" = select  i1 %"first", <8 x float> %".257", <8 x float> %".627"
  %".629" = getelementptr float, ptr %"ebias", i64 2
  %".630" = load float, ptr %".629"
  %".631" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".630", i32 0
  %".632" = shufflevector <8 x float> %".631", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".633" = fadd <8 x float> %".628", %".632"
  %".634" = mul i64 2, %"eldr"
  %".635" = add i64 %".634", 8
  %".636" = getelementptr float, ptr %"eres", i64 %".635"
  %".637" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".636", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".638" = fadd <8 x float> %".633", %".637"
  %".639" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".640" = shufflevector <8 x float> %".639", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".641" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".638", <8 x float> %".640")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".641", ptr %".625", i32 4, <8 x i1> %".560")
  br label %"row2"
row2:
  %".644" = mul i64 1, %"ldc"
  %".645" = add i64 %".644", 0
  %".646" = getelementptr inbounds float, ptr %"c", i64 %".645"
  %".647" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".646", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".648" = fadd reassoc contract nsz <8 x float> %".647", %".254"
  %".649" = select  i1 %"first", <8 x float> %".254", <8 x float> %".648"
  %".650" = getelementptr float, ptr %"ebias", i64 1
  %".651" = load float, ptr %".650"
  %".652" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".651", i32 0
  %".653" = shufflevector <8 x float> %".652", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".654" = fadd <8 x float> %".649", %".653"
  %".655" = mul i64 1, %"eldr"
  %".656" = add i64 %".655", 0
  %".657" = getelementptr float, ptr %"eres", i64 %".656"
  %".658" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".657", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".659" = fadd <8 x float> %".654", %".658"
  %".660" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".661" = shufflevector <8 x float> %".660", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".662" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".659", <8 x float> %".661")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".662", ptr %".646", i32 4, <8 x i1> %".559")
  %".664" = mul i64 1, %"ldc"
  %".665" = add i64 %".664", 8
  %".666" = getelementptr inbounds float, ptr %"c", i64 %".665"
  %".667" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".666", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".668" = fadd reassoc contract nsz <8 x float> %".667", %".255"
  %".669" = select  i1 %"first", <8 x float> %".255", <8 x float> %".668"
  %".670" = getelementptr float, ptr %"ebias", i64 1
  %".671" = load float, ptr %".670"
  %".672" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".671", i32 0
  %".673" = shufflevector <8 x float> %".672", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".674" = fadd <8 x float> %".669", %".673"
  %".675" = mul i64 1, %"eldr"
  %".676" = add i64 %".675", 8
  %".677" = getelementptr float, ptr %"eres", i64 %".676"
  %".678" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".677", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".679" = fadd <8 x float> %".674", %".678"
  %".680" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".681" = shufflevector <8 x float> %".680", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".682" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".679", <8 x float> %".681")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".682", ptr %".666", i32 4, <8 x i1> %".560")
  br label %"row3"
row3:
  %".685" = mul i64 0, %"ldc"
  %".686" = add i64 %".685", 0
  %".687" = getelementptr inbounds float, ptr %"c", i64 %".686"
  %".688" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".687", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".689" = fadd reassoc contract nsz <8 x float> %".688", %".252"
  %".690" = select  i1 %"first", <8 x float> %".252", <8 x float> %".689"
  %".691" = getelementptr float, ptr %"ebias", i64 0
  %".692" = load float, ptr %".691"
  %".693" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".692", i32 0
  %".694" = shufflevector <8 x float> %".693", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".695" = fadd <8 x float> %".690", %".694"
  %".696" = mul i64 0, %"eldr"
  %".697" = add i64 %".696", 0
  %".698" = getelementptr float, ptr %"eres", i64 %".697"
  %".699" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".698", i32 4, <8 x i1> %".559", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".700" = fadd <8 x float> %".695", %".699"
  %".701" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".702" = shufflevector <8 x float> %".701", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".703" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".700", <8 x float> %".702")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".703", ptr %".687", i32 4, <8 x i1> %".559")
  %".705" = mul i64 0, %"ldc"
  %".706" = add i64 %".705", 8
  %".707" = getelementptr inbounds float, ptr %"c", i64 %".706"
  %".708" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".707", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".709" = fadd reassoc contract nsz <8 x float> %".708", %".253"
  %".710" = select  i1 %"first", <8 x float> %".253", <8 x float> %".709"
  %".711" = getelementptr float, ptr %"ebias", i64 0
  %".712" = load float, ptr %".711"
  %".713" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".712", i32 0
  %".714" = shufflevector <8 x float> %".713", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".715" = fadd <8 x float> %".710", %".714"
  %".716" = mul i64 0, %"eldr"
  %".717" = add i64 %".716", 8
  %".718" = getelementptr float, ptr %"eres", i64 %".717"
  %".719" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".718", i32 4, <8 x i1> %".560", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".720" = fadd <8 x float> %".715", %".719"
  %".721" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %"elo", i32 0
  %".722" = shufflevector <8 x float> %".721", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".723" = call nsz <8 x float> @"llvm.maximum.v8f32"(<8 x float> %".720", <8 x float> %".722")
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".723", ptr %".707", i32 4, <8 x i1> %".560")
  br label %"rows.done"
tail.else.if:
  br i1 %"first", label %"tail.else.if.if", label %"tail.else.if.else"
tail.else.else:
  %".816" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %"nr", i32 0
  %".817" = shufflevector <8 x i64> %".816", <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".818" = icmp slt <8 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %".817"
  %".819" = icmp slt <8 x i64> <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %".817"
  switch i64 %"mr", label %"rows.done.1" [i64 1, label %"row3.1" i64 2, label %"row2.1" i64 3, label %"row1.1" i64 4, label %"row0.1"]
tail.else.endif:
  br label %"tail.endif"
tail.else.if.if:
  %".733" = mul i64 0, %"ldc"
  %".734" = add i64 %".733", 0
  %".735" = getelementptr inbounds float, ptr %"c", i64 %".734"
  store <8 x float> %".252", ptr %".735", align 4
  %".737" = mul i64 0, %"ldc"
  %".738" = add i64 %".737", 8
  %".739" = getelementptr inbounds float, ptr %"c", i64 %".738"
  store <8 x float> %".253", ptr %".739", align 4
  %".741" = mul i64 1, %"ldc"
  %".742" = add i64 %".741", 0
  %".743" = getelementptr inbounds float, ptr %"c", i64 %".742"
  store <8 x float> %".254", ptr %".743", align 4
  %".745" = mul i64 1, %"ldc"
  %".746" = add i64 %".745", 8
  %".747" = getelementptr inbounds float, ptr %"c", i64 %".746"
  store <8 x float> %".255", ptr %".747", align 4
  %".749" = mul i64 2, %"ldc"
  %".750" = add i64 %".749", 0
  %".751" = getelementptr inbounds float, ptr %"c", i64 %".750"
  store <8 x float> %".256", ptr %".751", align 4
  %".753" = mul i64 2, %"ldc"
  %".754" = add i64 %".753", 8
  %".755" = getelementptr inbounds float, ptr %"c", i64 %".754"
  store <8 x float> %".257", ptr %".755", align 4
  %".757" = mul i64 3, %"ldc"
  %".758" = add i64 %".757", 0
  %".759" = getelementptr inbounds float, ptr %"c", i64 %".758"
  store <8 x float> %".258", ptr %".759", align 4
  %".761" = mul i64 3, %"ldc"
  %".762" = add i64 %".761", 8
  %".763" = getelementptr inbounds float, ptr %"c", i64 %".762"
  store <8 x float> %".259", ptr %".763", align 4
  br label %"tail.else.if.endif"
tail.else.if.else:
  %".766" = mul i64 0, %"ldc"
  %".767" = add i64 %".766", 0
  %".768" = getelementptr inbounds float, ptr %"c", i64 %".767"
  %".769" = load <8 x float>, ptr %".768", align 4
  %".770" = fadd reassoc contract nsz <8 x float> %".769", %".252"
  store <8 x float> %".770", ptr %".768", align 4
  %".772" = mul i64 0, %"ldc"
  %".773" = add i64 %".772", 8
  %".774" = getelementptr inbounds float, ptr %"c", i64 %".773"
  %".775" = load <8 x float>, ptr %".774", align 4
  %".776" = fadd reassoc contract nsz <8 x float> %".775", %".253"
  store <8 x float> %".776", ptr %".774", align 4
  %".778" = mul i64 1, %"ldc"
  %".779" = add i64 %".778", 0
  %".780" = getelementptr inbounds float, ptr %"c", i64 %".779"
  %".781" = load <8 x float>, ptr %".780", align 4
  %".782" = fadd reassoc contract nsz <8 x float> %".781", %".254"
  store <8 x float> %".782", ptr %".780", align 4
  %".784" = mul i64 1, %"ldc"
  %".785" = add i64 %".784", 8
  %".786" = getelementptr inbounds float, ptr %"c", i64 %".785"
  %".787" = load <8 x float>, ptr %".786", align 4
  %".788" = fadd reassoc contract nsz <8 x float> %".787", %".255"
  store <8 x float> %".788", ptr %".786", align 4
  %".790" = mul i64 2, %"ldc"
  %".791" = add i64 %".790", 0
  %".792" = getelementptr inbounds float, ptr %"c", i64 %".791"
  %".793" = load <8 x float>, ptr %".792", align 4
  %".794" = fadd reassoc contract nsz <8 x float> %".793", %".256"
  store <8 x float> %".794", ptr %".792", align 4
  %".796" = mul i64 2, %"ldc"
  %".797" = add i64 %".796", 8
  %".798" = getelementptr inbounds float, ptr %"c", i64 %".797"
  %".799" = load <8 x float>, ptr %".798", align 4
  %".800" = fadd reassoc contract nsz <8 x float> %".799", %".257"
  store <8 x float> %".800", ptr %".798", align 4
  %".802" = mul i64 3, %"ldc"
  %".803" = add i64 %".802", 0
  %".804" = getelementptr inbounds float, ptr %"c", i64 %".803"
  %".805" = load <8 x float>, ptr %".804", align 4
  %".806" = fadd reassoc contract nsz <8 x float> %".805", %".258"
  store <8 x float> %".806", ptr %".804", align 4
  %".808" = mul i64 3, %"ldc"
  %".809" = add i64 %".808", 8
  %".810" = getelementptr inbounds float, ptr %"c", i64 %".809"
  %".811" = load <8 x float>, ptr %".810", align 4
  %".812" = fadd reassoc contract nsz <8 x float> %".811", %".259"
  store <8 x float> %".812", ptr %".810", align 4
  br label %"tail.else.if.endif"
tail.else.if.endif:
  br label %"tail.else.endif"
rows.done.1:
  br label %"tail.else.endif"
row0.1:
  %".821" = mul i64 3, %"ldc"
  %".822" = add i64 %".821", 0
  %".823" = getelementptr inbounds float, ptr %"c", i64 %".822"
  %".824" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".823", i32 4, <8 x i1> %".818", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".825" = fadd reassoc contract nsz <8 x float> %".824", %".258"
  %".826" = select  i1 %"first", <8 x float> %".258", <8 x float> %".825"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".826", ptr %".823", i32 4, <8 x i1> %".818")
  %".828" = mul i64 3, %"ldc"
  %".829" = add i64 %".828", 8
  %".830" = getelementptr inbounds float, ptr %"c", i64 %".829"
  %".831" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".830", i32 4, <8 x i1> %".819", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".832" = fadd reassoc contract nsz <8 x float> %".831", %".259"
  %".833" = select  i1 %"first", <8 x float> %".259", <8 x float> %".832"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".833", ptr %".830", i32 4, <8 x i1> %".819")
  br label %"row1.1"
row1.1:
  %".836" = mul i64 2, %"ldc"
  %".837" = add i64 %".836", 0
  %".838" = getelementptr inbounds float, ptr %"c", i64 %".837"
  %".839" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".838", i32 4, <8 x i1> %".818", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".840" = fadd reassoc contract nsz <8 x float> %".839", %".256"
  %".841" = select  i1 %"first", <8 x float> %".256", <8 x float> %".840"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".841", ptr %".838", i32 4, <8 x i1> %".818")
  %".843" = mul i64 2, %"ldc"
  %".844" = add i64 %".843", 8
  %".845" = getelementptr inbounds float, ptr %"c", i64 %".844"
  %".846" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".845", i32 4, <8 x i1> %".819", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".847" = fadd reassoc contract nsz <8 x float> %".846", %".257"
  %".848" = select  i1 %"first", <8 x float> %".257", <8 x float> %".847"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".848", ptr %".845", i32 4, <8 x i1> %".819")
  br label %"row2.1"
row2.1:
  %".851" = mul i64 1, %"ldc"
  %".852" = add i64 %".851", 0
  %".853" = getelementptr inbounds float, ptr %"c", i64 %".852"
  %".854" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".853", i32 4, <8 x i1> %".818", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".855" = fadd reassoc contract nsz <8 x float> %".854", %".254"
  %".856" = select  i1 %"first", <8 x float> %".254", <8 x float> %".855"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".856", ptr %".853", i32 4, <8 x i1> %".818")
  %".858" = mul i64 1, %"ldc"
  %".859" = add i64 %".858", 8
  %".860" = getelementptr inbounds float, ptr %"c", i64 %".859"
  %".861" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".860", i32 4, <8 x i1> %".819", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".862" = fadd reassoc contract nsz <8 x float> %".861", %".255"
  %".863" = select  i1 %"first", <8 x float> %".255", <8 x float> %".862"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".863", ptr %".860", i32 4, <8 x i1> %".819")
  br label %"row3.1"
row3.1:
  %".866" = mul i64 0, %"ldc"
  %".867" = add i64 %".866", 0
  %".868" = getelementptr inbounds float, ptr %"c", i64 %".867"
  %".869" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".868", i32 4, <8 x i1> %".818", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".870" = fadd reassoc contract nsz <8 x float> %".869", %".252"
  %".871" = select  i1 %"first", <8 x float> %".252", <8 x float> %".870"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".871", ptr %".868", i32 4, <8 x i1> %".818")
  %".873" = mul i64 0, %"ldc"
  %".874" = add i64 %".873", 8
  %".875" = getelementptr inbounds float, ptr %"c", i64 %".874"
  %".876" = call <8 x float> @"llvm.masked.load.v8f32.p0"(ptr %".875", i32 4, <8 x i1> %".819", <8 x float> <float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0>)
  %".877" = fadd reassoc contract nsz <8 x float> %".876", %".253"
  %".878" = select  i1 %"first", <8 x float> %".253", <8 x float> %".877"
  call void @"llvm.masked.store.v8f32.p0"(<8 x float> %".878", ptr %".875", i32 4, <8 x i1> %".819")
  br label %"rows.done.1"
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
  %".156" = icmp slt i64 %"bi.next", %".36"
  br i1 %".156", label %"bi.body", label %"bi.done"
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".87" = sub i64 %"K", %"pc"
  %".88" = icmp slt i64 512, %".87"
  %".89" = select  i1 %".88", i64 512, i64 %".87"
  %".90" = icmp eq i64 %"pc", 0
  %".91" = xor i1 %".79", -1
  %".92" = and i1 %".90", %".91"
  %".93" = add i64 %"pc", %".89"
  %".94" = icmp eq i64 %".93", %"K"
  %".95" = mul i64 %"pc", %"rsb"
  %".96" = mul i64 %"jc", %"csb"
  %".97" = add i64 %".95", %".96"
  %".98" = getelementptr inbounds float, ptr %".74", i64 %".97"
  call void @"gv_gemm_f32.pack_b"(ptr %".68", ptr %".98", i64 %".84", i64 %".89", i64 %"csb", i64 %"rsb")
  %".100" = icmp slt i64 %".66", %".67"
  br i1 %".100", label %"ic.body", label %"ic.done"
pc.done:
  %"jc.next" = add nsw i64 %"jc", 4080
  %".154" = icmp slt i64 %"jc.next", %".65"
  br i1 %".154", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".66", %"pc.body"], [%"ic.next", %"jr.done"]
  %".102" = sub i64 %".67", %"ic"
  %".103" = icmp slt i64 144, %".102"
  %".104" = select  i1 %".103", i64 144, i64 %".102"
  %".105" = mul i64 %"ic", %"rsa"
  %".106" = mul i64 %"pc", %"csa"
  %".107" = add i64 %".105", %".106"
  %".108" = getelementptr inbounds float, ptr %".72", i64 %".107"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".108", i64 %".104", i64 %".89", i64 %"rsa", i64 %"csa")
  %".110" = icmp slt i64 0, %".84"
  br i1 %".110", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 512
  %".152" = icmp slt i64 %"pc.next", %"K"
  br i1 %".152", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".112" = sub i64 %".84", %"jr"
  %".113" = icmp slt i64 16, %".112"
  %".114" = select  i1 %".113", i64 16, i64 %".112"
  %".115" = mul i64 %"jr", %".89"
  %".116" = getelementptr inbounds float, ptr %".68", i64 %".115"
  %".117" = icmp slt i64 0, %".104"
  br i1 %".117", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 144
  %".150" = icmp slt i64 %"ic.next", %".67"
  br i1 %".150", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body.endif"]
  %".119" = sub i64 %".104", %"ir"
  %".120" = icmp slt i64 6, %".119"
  %".121" = select  i1 %".120", i64 6, i64 %".119"
  %".122" = mul i64 %"ir", %".89"
  %".123" = getelementptr inbounds float, ptr %"ws", i64 %".122"
  %".124" = add i64 %"ic", %"ir"
  %".125" = mul i64 %".124", %"ldc"
  %".126" = add i64 %"jc", %"jr"
  %".127" = add i64 %".125", %".126"
  %".128" = getelementptr inbounds float, ptr %".76", i64 %".127"
  %".129" = add i64 %"jc", %"jr"
  %".130" = icmp sle i64 %".121", 2
  br i1 %".130", label %"ir.body.if", label %"ir.body.else"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 16
  %".148" = icmp slt i64 %"jr.next", %".84"
  br i1 %".148", label %"jr.body", label %"jr.done"
ir.body.if:
  call void @"gv_gemm_f32.ukernel2"(i64 %".89", ptr %".123", ptr %".116", ptr %".128", i64 %"ldc", i64 %".121", i64 %".114", i1 %".92", [6 x float]* @"gv_gemm_f32.zero_bias", [16 x float]* @"gv_gemm_f32.zero_row", i64 0, float 0xfff0000000000000, i1 false)
  br label %"ir.body.endif"
ir.body.else:
  %".134" = icmp sle i64 %".121", 3
  br i1 %".134", label %"ir.body.else.if", label %"ir.body.else.else"
ir.body.endif:
  %"ir.next" = add nsw i64 %"ir", 6
  %".146" = icmp slt i64 %"ir.next", %".104"
  br i1 %".146", label %"ir.body", label %"ir.done"
ir.body.else.if:
  call void @"gv_gemm_f32.ukernel3"(i64 %".89", ptr %".123", ptr %".116", ptr %".128", i64 %"ldc", i64 %".121", i64 %".114", i1 %".92", [6 x float]* @"gv_gemm_f32.zero_bias", [16 x float]* @"gv_gemm_f32.zero_row", i64 0, float 0xfff0000000000000, i1 false)
  br label %"ir.body.else.endif"
ir.body.else.else:
  %".138" = icmp sle i64 %".121", 4
  br i1 %".138", label %"ir.body.else.else.if", label %"ir.body.else.else.else"
ir.body.else.endif:
  br label %"ir.body.endif"
ir.body.else.else.if:
  call void @"gv_gemm_f32.ukernel4"(i64 %".89", ptr %".123", ptr %".116", ptr %".128", i64 %"ldc", i64 %".121", i64 %".114", i1 %".92", [6 x float]* @"gv_gemm_f32.zero_bias", [16 x float]* @"gv_gemm_f32.zero_row", i64 0, float 0xfff0000000000000, i1 false)
  br label %"ir.body.else.else.endif"
ir.body.else.else.else:
  call void @"gv_gemm_f32.ukernel6"(i64 %".89", ptr %".123", ptr %".116", ptr %".128", i64 %"ldc", i64 %".121", i64 %".114", i1 %".92", [6 x float]* @"gv_gemm_f32.zero_bias", [16 x float]* @"gv_gemm_f32.zero_row", i64 0, float 0xfff0000000000000, i1 false)
  br label %"ir.body.else.else.endif"
ir.body.else.else.endif:
  br label %"ir.body.else.endif"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

@"gv_gemm_f32.zero_bias" = internal constant [6 x float] [float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000], align 64
@"gv_gemm_f32.zero_row" = internal constant [16 x float] [float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000, float 0x8000000000000000], align 64
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
define internal void @"gv_k3_where.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b2_gt", ptr noalias %"b7_matmul_2", ptr noalias %"b9_where") noinline
{
entry:
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".10" = mul nsw i64 %"i0", 1
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 1
  %".13" = add nsw i64 0, %".12"
  %".14" = mul nsw i64 %"i0", 1
  %".15" = add nsw i64 0, %".14"
  %".16" = getelementptr inbounds float, ptr %"b2_gt", i64 %".11"
  %".17" = load float, ptr %".16"
  %".18" = getelementptr inbounds float, ptr %"b7_matmul_2", i64 %".13"
  %".19" = load float, ptr %".18"
  %".20" = fcmp une float %".17",              0x0
  %".21" = select  i1 %".20", float %".19", float              0x0
  %".22" = getelementptr inbounds float, ptr %"b9_where", i64 %".15"
  store float %".21", ptr %".22"
  %"i0.next" = add nsw i64 %"i0", 1
  %".24" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".24", label %"i0.body", label %"i0.done"
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
define internal void @"gv_k4_reduce_sum.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b10_reduce_sum_1") noinline
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
